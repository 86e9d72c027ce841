package dev.pairpad.core.packaging;

import dev.pairpad.core.packaging.Dockerfiles.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The production Dockerfile builds and starts Pairpad the way the poms and bin/ scripts do. */
final class BuildConsistencyChecks {
    private static final Pattern MAVEN_BUILD = Pattern.compile("mvn [^\\n]*?(-pl \\S+ -am -DskipTests package)");

    private BuildConsistencyChecks() {
    }

    static List<String> check(Repository repo, String dockerfile) {
        List<String> problems = new ArrayList<>();
        String text = repo.read(dockerfile);
        Matcher script = MAVEN_BUILD.matcher(repo.read("bin/interview"));
        if (!script.find()) {
            return List.of("bin/interview has no 'mvn ... -pl X -am -DskipTests package' to compare with");
        }
        String goals = script.group(1);
        boolean sameBuild = Dockerfiles.parse(text).instructions().stream()
                .anyMatch(i -> i.keyword().equals("RUN") && i.arguments().contains(goals));
        if (!sameBuild) {
            problems.add(dockerfile + ": no RUN does bin/interview's build '" + goals + "'");
        }
        String pom = repo.read("cli/pom.xml");
        String jar = "cli/target/" + tag(pom, "finalName") + ".jar";
        if (!text.contains(jar)) {
            problems.add(dockerfile + ": does not take " + jar + " (cli/pom.xml finalName)");
        }
        String prefix = tag(pom, "classpathPrefix").replaceAll("/$", "");
        if (!text.contains("cli/target/" + prefix)) {
            problems.add(dockerfile + ": does not take cli/target/" + prefix + " (the manifest Class-Path folder)");
        }
        Stage runtime = Dockerfiles.parse(text).finalStage();
        List<String> entry = runtime.last("ENTRYPOINT").map(Dockerfiles.Instruction::words).orElse(List.of());
        int jarIndex = entry.indexOf("-jar");
        if (jarIndex < 0 || jarIndex + 1 >= entry.size()) {
            problems.add(dockerfile + ": the ENTRYPOINT does not run 'java -jar <the cli jar>'");
        } else {
            String runtimeJar = entry.get(jarIndex + 1);
            String libFolder = runtimeJar.substring(0, runtimeJar.lastIndexOf('/') + 1) + prefix;
            boolean libBeside = runtime.all("COPY").stream().anyMatch(c -> c.words().getLast().equals(libFolder));
            if (!libBeside) {
                problems.add(dockerfile + ": no COPY puts the dependencies at " + libFolder
                        + ", beside " + runtimeJar + " where its manifest Class-Path looks");
            }
        }
        return problems;
    }

    private static String tag(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">\\s*([^<]+?)\\s*</" + name + ">").matcher(xml);
        if (!matcher.find()) {
            throw new IllegalStateException("cli/pom.xml has no <" + name + ">");
        }
        return matcher.group(1);
    }
}
