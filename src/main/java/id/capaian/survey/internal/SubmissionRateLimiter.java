package id.capaian.survey.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many survey submissions one client (a hashed address) may send: at most {@code capaian.survey.rate-limit.max}
 * (10) in any {@code capaian.survey.rate-limit.window} (1 hour), counted in a sliding window in this node's memory.
 * A kiosk tablet at a service counter shares one address with everyone who uses it: raise the limit for such
 * units, or put the application behind a proxy that reports the real client address.
 */
@Component
public class SubmissionRateLimiter {

    private static final int SWEEP_EVERY = 1000;

    private final int max;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();
    private int calls;

    @Autowired
    SubmissionRateLimiter(@Value("${capaian.survey.rate-limit.max:10}") int max,
            @Value("${capaian.survey.rate-limit.window:PT1H}") Duration window) {
        this(max, window, System::currentTimeMillis);
    }

    SubmissionRateLimiter(int max, Duration window, LongSupplier clock) {
        this.max = max;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return Duration.ofMillis(windowMillis);
    }

    /** Counts a submission of the client and says whether it is within the limit. */
    public boolean tryAcquire(String client) {
        long now = clock.getAsLong();
        sweep(now);
        Deque<Long> times = recent.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Forgets clients whose submissions have all left the window, now and then. */
    private void sweep(long now) {
        boolean due;
        synchronized (this) {
            due = ++calls % SWEEP_EVERY == 0;
        }
        if (due) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast() <= now - windowMillis;
                }
            });
        }
    }
}
