package cn.zwgk.audit.calendar;

/** Base class of every failure raised by the working-day calendar. */
public class CalendarException extends RuntimeException {

    /**
     * @param message a description for the user, in Simplified Chinese
     */
    public CalendarException(String message) {
        super(message);
    }

    /**
     * @param message a description for the user, in Simplified Chinese
     * @param cause the underlying failure
     */
    public CalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
