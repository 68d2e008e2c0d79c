package ecasefixture.brokenboundary;

import org.springframework.modulith.Modulithic;

/** A deliberately broken application for {@code ModularityTest}: never started. */
@Modulithic
public class FixtureApplication {}
