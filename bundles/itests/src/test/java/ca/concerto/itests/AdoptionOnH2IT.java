package ca.concerto.itests;

import java.nio.file.Path;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** The core on the embedded default: an H2 file database, as the distribution uses it. */
public class AdoptionOnH2IT extends AbstractAdoptionIT {

    @Configuration
    public Option[] config() {
        Path db = Path.of(System.getProperty("concerto.itest.work", "target/itest-work"), "h2", "data", "concerto");
        return CoreRuntime.options("jdbc:h2:file:" + db.toAbsolutePath(), "", "", "h2");
    }
}
