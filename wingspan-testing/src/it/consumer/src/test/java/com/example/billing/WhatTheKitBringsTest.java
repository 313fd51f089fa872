package com.example.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the kit puts on a team's test class path, and what it leaves to the team. */
class WhatTheKitBringsTest {

  @Test
  void theTestsRunOnTheJUnitThisBuildAskedFor() {
    String expected = System.getProperty("expected.junit.version");
    assertThat(expected).isNotBlank();
    assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(expected);
  }

  @Test
  void noLoggingBindingAndNoLoggingConfiguration() {
    ClassLoader loader = getClass().getClassLoader();
    assertThatThrownBy(() -> Class.forName("ch.qos.logback.classic.Logger", false, loader))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(loader.getResource("logback.xml")).isNull();
  }

  @Test
  void postgresForLinuxAndMacOnX86AndArm64AndNothingElse() {
    ClassLoader loader = getClass().getClassLoader();
    for (String platform :
        new String[] {"linux-x86_64", "linux-arm_64", "darwin-x86_64", "darwin-arm_64"}) {
      assertThat(loader.getResource("postgres-" + platform + ".txz")).as(platform).isNotNull();
    }
    assertThat(loader.getResource("postgres-windows-x86_64.txz")).isNull();
    assertThat(loader.getResource("postgres-linux-x86_64-alpine_linux.txz")).isNull();
  }
}
