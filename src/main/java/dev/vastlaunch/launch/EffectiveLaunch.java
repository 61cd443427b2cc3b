package dev.vastlaunch.launch;

import java.util.List;
import java.util.Map;

/**
 * Returns the launch the server will run: template defaults merged under the user's values, with sources.
 *
 * @param envSources where each wire env key of {@code env} comes from
 * @param templateProblems tokens of the template's env string that could not be read
 */
public record EffectiveLaunch(
        List<EffectiveValue> values,
        EnvSpec env,
        Map<String, ValueSource> envSources,
        List<TokenProblem> templateProblems) {

    public EffectiveLaunch {
        values = List.copyOf(values);
        envSources = Map.copyOf(envSources);
        templateProblems = List.copyOf(templateProblems);
    }
}
