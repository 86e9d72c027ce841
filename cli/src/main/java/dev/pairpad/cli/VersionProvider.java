package dev.pairpad.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it never disagrees with the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Interview.class.getPackage().getImplementationVersion();
        return new String[] {"interview (Pairpad) " + (version == null ? "development build" : version),
                "Java " + Runtime.version() + " on " + System.getProperty("os.name")};
    }
}
