/**
 * How bundles contribute screens to the Vaadin host. A bundle registers a {@link Screen}
 * service; the host turns it into a route and a menu entry, and removes both when the
 * service goes away. A bundle may also register {@link HomePanel} services: the home page shows them.
 */
@Version("1.4.0")
@Export
package ca.concerto.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
