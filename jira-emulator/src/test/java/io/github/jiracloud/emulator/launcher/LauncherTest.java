package io.github.jiracloud.emulator.launcher;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherTest {

    @Test
    void searchLagsAreReadInEverydayUnitsAndIso() {
        assertThat(Launcher.duration("3s")).isEqualTo(Duration.ofSeconds(3));
        assertThat(Launcher.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Launcher.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Launcher.duration("0")).isEqualTo(Duration.ZERO);
        assertThat(Launcher.duration("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> Launcher.duration("soon")).hasMessageContaining("e.g. 3s");
    }

    @Test
    void theStandaloneEmulatorLagsByAFewSeconds() {
        assertThat(Launcher.DEFAULT_SEARCH_LAG).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
    }
}
