package id.capaian.survey;

/** The client sent more submissions than the rate limit allows: nothing was stored. */
public class TooManySubmissionsException extends RuntimeException {

    private final int max;
    private final long windowMinutes;

    public TooManySubmissionsException(int max, long windowMinutes) {
        super("too many survey submissions from one client");
        this.max = max;
        this.windowMinutes = windowMinutes;
    }

    public int max() {
        return max;
    }

    public long windowMinutes() {
        return windowMinutes;
    }
}
