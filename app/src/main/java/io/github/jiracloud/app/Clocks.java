package io.github.jiracloud.app;

import java.time.Clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The time the bundle's own logic (consent states, token stamps) reads; tests move it (their emulator too). */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @Singleton
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
