package org.cxworkbench.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxworkbench.core.ProductInfo;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class ProductInfoTest {

    @Test
    void versionIsTheCoreBundlesVersion() {
        var bundleVersion = FrameworkUtil.getBundle(ProductInfo.class).getVersion();
        assertThat(ProductInfo.version()).isEqualTo(bundleVersion.toString());
        assertThat(ProductInfo.shortVersion()).isEqualTo("0.1.0");
        assertThat(bundleVersion.getQualifier()).as("a built bundle carries its build qualifier").isNotEmpty();
    }

    @Test
    void runsOnJava21OrNewer() {
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
        assertThat(ProductInfo.javaRuntime()).startsWith(String.valueOf(Runtime.version().feature()));
    }
}
