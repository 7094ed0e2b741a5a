package org.greenledger.chaincode.api.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * The non-business days of a market: weekend days and dated holidays. Part of a bond's terms,
 * so every endorser adjusts dates against exactly the same calendar.
 *
 * @param id          a name, for example {@code VN-HOSE} or {@code SG}
 * @param weekendDays days of the week that are never business days (canonical: sorted, distinct)
 * @param holidays    dated holidays (canonical: sorted, distinct)
 */
public record HolidayCalendar(String id, List<DayOfWeek> weekendDays, List<LocalDate> holidays) {
    public HolidayCalendar {
        Check.text("calendar.id", id, 64);
        Check.present("calendar.weekendDays", weekendDays);
        Check.present("calendar.holidays", holidays);
        EnumSet<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : weekendDays) {
            weekend.add(Check.present("calendar.weekendDays[]", day));
        }
        if (weekend.size() > 5) {
            throw GreenLedgerError.invalid("calendar.weekendDays", "must leave at least two business days a week");
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day : holidays) {
            days.add(Check.present("calendar.holidays[]", day));
        }
        weekendDays = List.copyOf(weekend);
        holidays = List.copyOf(days);
    }

    /** Saturday and Sunday off, with the given holidays. */
    public static HolidayCalendar weekendsAnd(String id, List<LocalDate> holidays) {
        return new HolidayCalendar(id, List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
    }

    public boolean isBusinessDay(LocalDate date) {
        return !weekendDays.contains(date.getDayOfWeek()) && Collections.binarySearch(holidays, date) < 0;
    }
}
