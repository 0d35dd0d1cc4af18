package io.github.jiracloud.bench.scenario;

/** The start-up baseline: a JVM that is ready as soon as it runs, reporting it the way Quarkus does. */
public final class HelloJvm {

    private HelloJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("hello (powered by Quarkus none) started in 0.000s");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
