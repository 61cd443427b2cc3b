package dev.vastlaunch.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Holds the simulator's public templates; their ids and hashes are the same for every seed. */
final class Templates {
    private static final String JUPYTER_PORTAL = "-p 1111:1111 -p 8080:8080 -e OPEN_BUTTON_PORT=1111 "
            + "-e JUPYTER_DIR=/ -e DATA_DIRECTORY=/workspace/ "
            + "-e PORTAL_CONFIG=\"localhost:1111:11111:/:Instance Portal|localhost:8080:18080:/:Jupyter\"";
    private static final Map<String, Object> DEFAULT_FILTERS =
            Map.of("verified", Map.of("eq", true), "rentable", Map.of("eq", true), "external", Map.of("eq", false));

    /** Lists every template, recommended ones first. */
    static final List<Template> ALL = List.of(
            t(
                    101,
                    "PyTorch (Vast)",
                    "vastai/pytorch",
                    "2.5.1-cuda-12.4.1-py311-22.04",
                    JUPYTER_PORTAL,
                    "entrypoint.sh",
                    "jupyter",
                    null,
                    true,
                    true,
                    "/",
                    true,
                    32,
                    true,
                    "PyTorch with CUDA, Jupyter and the instance portal.",
                    cuda(12.4),
                    184_233),
            t(
                    102,
                    "NVIDIA CUDA",
                    "vastai/base-image",
                    "cuda-12.4.1-cudnn-devel-ubuntu22.04",
                    "-p 1111:1111 -e OPEN_BUTTON_PORT=1111",
                    "entrypoint.sh",
                    "ssh",
                    null,
                    true,
                    false,
                    null,
                    false,
                    16,
                    true,
                    "CUDA development base image with SSH.",
                    cuda(12.4),
                    91_020),
            t(
                    103,
                    "Jupyter PyTorch",
                    "pytorch/pytorch",
                    "2.4.0-cuda12.1-cudnn9-runtime",
                    "-e JUPYTER_DIR=/",
                    "pip install jupyterlab",
                    "jupyter",
                    null,
                    false,
                    true,
                    "/",
                    true,
                    24,
                    true,
                    "Official PyTorch runtime image with JupyterLab.",
                    cuda(12.1),
                    55_410),
            t(
                    104,
                    "vLLM",
                    "vllm/vllm-openai",
                    "v0.6.3",
                    "-p 8000:8000 -e HF_HOME=/workspace/hf",
                    "",
                    "args",
                    "--model Qwen/Qwen2.5-7B-Instruct --max-model-len 8192 --port 8000",
                    false,
                    false,
                    null,
                    false,
                    60,
                    true,
                    "OpenAI-compatible LLM server.",
                    cuda(12.4),
                    40_118),
            t(
                    105,
                    "ComfyUI",
                    "vastai/comfy",
                    "v0.3.10-cuda-12.1-pytorch-2.5.1-py311",
                    "-p 1111:1111 -p 8188:8188 -e OPEN_BUTTON_PORT=1111 -e WORKSPACE=/workspace",
                    "entrypoint.sh",
                    "ssh",
                    null,
                    true,
                    false,
                    null,
                    false,
                    64,
                    true,
                    "Node-based Stable Diffusion UI.",
                    cuda(12.1),
                    120_777),
            t(
                    106,
                    "Ubuntu 22.04",
                    "ubuntu",
                    "22.04",
                    "",
                    "",
                    "ssh",
                    null,
                    true,
                    false,
                    null,
                    false,
                    10,
                    true,
                    "Plain Ubuntu 22.04 with SSH.",
                    DEFAULT_FILTERS,
                    33_002),
            t(
                    107,
                    "Ubuntu 24.04",
                    "ubuntu",
                    "24.04",
                    "",
                    "",
                    "ssh",
                    null,
                    true,
                    false,
                    null,
                    false,
                    10,
                    false,
                    "Plain Ubuntu 24.04 with SSH.",
                    DEFAULT_FILTERS,
                    12_876),
            t(
                    108,
                    "Stable Diffusion WebUI",
                    "vastai/sd-webui",
                    "v1.10.1-cuda-12.1-pytorch-2.4",
                    "-p 7860:7860 -e WEBUI_ARGS=\"--xformers --api\"",
                    "entrypoint.sh",
                    "ssh",
                    null,
                    true,
                    false,
                    null,
                    false,
                    48,
                    true,
                    "AUTOMATIC1111 Stable Diffusion WebUI.",
                    cuda(12.1),
                    98_341),
            t(
                    109,
                    "Ollama",
                    "ollama/ollama",
                    "0.4.7",
                    "-p 11434:11434 -e OLLAMA_HOST=0.0.0.0 -e OLLAMA_MODELS=/workspace",
                    "ollama serve & sleep 5; ollama pull llama3.1:8b",
                    "ssh",
                    null,
                    true,
                    false,
                    null,
                    false,
                    40,
                    true,
                    "Run open LLMs locally with Ollama.",
                    cuda(11.8),
                    27_654),
            t(
                    110,
                    "TensorFlow",
                    "tensorflow/tensorflow",
                    "2.16.1-gpu-jupyter",
                    "-p 8888:8888 -e TF_CPP_MIN_LOG_LEVEL=2",
                    "",
                    "jupyter",
                    null,
                    false,
                    false,
                    "/tf",
                    false,
                    20,
                    false,
                    "TensorFlow GPU with Jupyter.",
                    cuda(12.2),
                    8_903),
            t(
                    111,
                    "Text Generation Inference",
                    "ghcr.io/huggingface/text-generation-inference",
                    "2.4.0",
                    "-p 8080:80 -e HF_HUB_ENABLE_HF_TRANSFER=1",
                    "",
                    "args",
                    "--model-id mistralai/Mistral-7B-Instruct-v0.3",
                    false,
                    false,
                    null,
                    false,
                    50,
                    false,
                    "Hugging Face TGI server.",
                    cuda(12.2),
                    6_512));

    private Templates() {}

    /** Returns the template with this hash id. */
    static Optional<Template> byHash(String hashId) {
        return ALL.stream().filter(t -> t.hashId().equals(hashId)).findFirst();
    }

    /** Returns the template with this numeric id. */
    static Optional<Template> byId(long id) {
        return ALL.stream().filter(t -> t.id() == id).findFirst();
    }

    private static Map<String, Object> cuda(double min) {
        return Map.of(
                "cuda_max_good", Map.of("gte", min),
                "verified", Map.of("eq", true),
                "rentable", Map.of("eq", true),
                "external", Map.of("eq", false));
    }

    private static Template t(
            int id,
            String name,
            String image,
            String tag,
            String env,
            String onstart,
            String runtype,
            @Nullable String argsStr,
            boolean sshDirect,
            boolean jupDirect,
            @Nullable String jupyterDir,
            boolean lab,
            double disk,
            boolean recommended,
            String desc,
            Map<String, Object> filters,
            int count) {
        double created = 1_690_000_000.0 + id * 3_600_000.0;
        return new Template(
                id,
                hash(id + ":" + name),
                name,
                image,
                tag,
                env,
                onstart,
                runtype,
                argsStr,
                sshDirect,
                jupDirect,
                jupyterDir,
                lab,
                disk,
                recommended,
                desc,
                filters,
                count,
                created,
                false,
                62897);
    }

    /** Returns a 32-hex-digit hash id for {@code text}. */
    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every JDK", e);
        }
    }
}
