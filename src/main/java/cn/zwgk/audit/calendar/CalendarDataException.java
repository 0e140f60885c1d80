package cn.zwgk.audit.calendar;

/**
 * Thrown when the built-in schedule cannot be loaded: the data file is missing or malformed, or it
 * contradicts the holiday library. This is a packaging or data-entry error, not a user error.
 */
public class CalendarDataException extends CalendarException {

    /**
     * @param message a description naming the file and line, in Simplified Chinese
     */
    public CalendarDataException(String message) {
        super(message);
    }

    /**
     * @param message a description naming the file, in Simplified Chinese
     * @param cause the underlying failure
     */
    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
