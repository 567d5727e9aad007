package org.archivekg.extract;

/** A calendar date to the precision the source gives: year, year and month, or a full day. Serializable: a distributed run ships it. */
public record DateValue(int year, Integer month, Integer day) implements java.io.Serializable {

    public enum Precision { YEAR, MONTH, DAY }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** ISO 8601: {@code 1950-10-05}, {@code 1950-10} or {@code 1950}. */
    public String iso() {
        if (month == null) return String.format("%04d", year);
        if (day == null) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** True when the two readings can be the same date (one is less precise and contains the other). */
    public boolean agreesWith(DateValue other) {
        if (year != other.year) return false;
        if (month == null || other.month == null) return true;
        if (!month.equals(other.month)) return false;
        return day == null || other.day == null || day.equals(other.day);
    }

    @Override
    public String toString() {
        return iso();
    }
}
