package org.yikatong.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR this build produced, as a ShrinkWrap archive for {@code @Deployment} methods. */
final class Deployments {

  static final String EAR = "yikatong.ear";
  static final String WAR = "yikatong-web.war";

  private Deployments() {}

  /** The EAR exactly as built ({@code target/yikatong.ear}). */
  static EnterpriseArchive builtEar() {
    String path = System.getProperty("yikatong.ear", "target/yikatong.ear");
    File file = new File(path);
    if (!file.isFile()) {
      throw new IllegalStateException("Built EAR not found at " + file.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
  }

  /** The built EAR with the given test classes added to its web module. */
  static EnterpriseArchive builtEarWith(Class<?>... testClasses) {
    EnterpriseArchive ear = builtEar();
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addClasses(testClasses);
    war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "arquillian-access.jar")
            .addAsManifestResource("arquillian-access/web-fragment.xml", "web-fragment.xml"));
    ear.delete(WAR);
    return ear.addAsModule(war);
  }
}
