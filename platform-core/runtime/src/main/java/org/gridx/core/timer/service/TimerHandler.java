package org.gridx.core.timer.service;

/**
 * Does what a due timer of one kind means (mark a case overdue, remind, escalate). Called once per timer,
 * in a transaction as the timer's tenant; throwing rolls the firing back so the timer is retried later.
 */
public interface TimerHandler {

    /** The kind this handler fires, e.g. {@code case.deadline}. */
    String kind();

    void fire(DueTimer timer);
}
