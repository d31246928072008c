package io.tepai.api;

/**
 * Work done once after the platform starts that readiness waits for, such as loading the demo data set
 * ({@code io.tepai.demo}). {@link HealthService} shows each task under its {@link #name()} and reports the platform
 * ready only once no task is still {@link State#RUNNING}; a task that {@link State#FAILED} will do nothing more, so
 * it is shown, not waited for.
 */
public interface StartupTask {

    enum State { RUNNING, DONE, FAILED }

    /** The key under which {@link Health#components()} shows it, e.g. {@code demo}. */
    String name();

    State state();
}
