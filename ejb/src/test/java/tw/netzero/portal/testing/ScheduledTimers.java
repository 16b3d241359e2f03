package tw.netzero.portal.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.util.List;

/** The timers of the deployed module, as the container holds them (for checking automatic timers). */
@Stateless
public class ScheduledTimers {

    @Resource
    private TimerService timerService;

    /** Each timer as {@code info|persistent|calendar|hour|minute|timezone}. */
    public List<String> describe() {
        return timerService.getAllTimers().stream().map(ScheduledTimers::describe).toList();
    }

    private static String describe(Timer timer) {
        return timer.getInfo() + "|" + timer.isPersistent() + "|" + timer.isCalendarTimer() + "|"
                + timer.getSchedule().getHour() + "|" + timer.getSchedule().getMinute() + "|"
                + timer.getSchedule().getTimezone();
    }
}
