package ca.concerto.itests;

import java.sql.SQLException;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

/** The plan's cycle on PostgreSQL, in a database created for this run. */
public class CycleOnPostgresIT extends AbstractCycleIT {

    @Configuration
    public Option[] config() throws SQLException {
        return OptionUtils.combine(AdoptionOnPostgresIT.freshDatabase("cycle-postgres"), cycleTiming());
    }
}
