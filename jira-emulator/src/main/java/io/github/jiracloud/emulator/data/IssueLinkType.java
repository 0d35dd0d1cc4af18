package io.github.jiracloud.emulator.data;

/**
 * A kind of link between issues. A link reads "inward issue {@code outward} outward issue", e.g. with Blocks:
 * "OPS-1 blocks OPS-2", and the other way round "OPS-2 {@code inward} OPS-1": "OPS-2 is blocked by OPS-1".
 */
public record IssueLinkType(String id, String name, String inward, String outward) {
}
