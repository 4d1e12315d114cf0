package ca.concerto.itests;

import java.nio.file.Path;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

/** The plan's cycle on the embedded default, H2. */
public class CycleOnH2IT extends AbstractCycleIT {

    @Configuration
    public Option[] config() {
        Path db = Path.of(System.getProperty("concerto.itest.work", "target/itest-work"), "cycle-h2", "data", "concerto");
        return OptionUtils.combine(CoreRuntime.options("jdbc:h2:file:" + db.toAbsolutePath(), "", "", "cycle-h2"),
                cycleTiming());
    }
}
