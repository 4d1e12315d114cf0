/** Users of the platform, their regroupement and their roles; sign-in. */
@Version("1.6.0")
@Export
package ca.concerto.identity.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
