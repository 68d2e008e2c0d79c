package kz.ecase.web;

import java.util.List;
import java.util.Set;
import kz.ecase.identity.Role;

/**
 * A panel a module adds to the workspace (start page) of some roles: declared as a bean by the
 * module that owns the work, so that no central list has to be edited when a module arrives. The
 * panel's title and text are the messages {@code <key>.title} and {@code <key>.text}.
 *
 * @param key the message-key prefix and the panel's element id, e.g. {@code panel.my-protocols}
 * @param order where it stands among a workspace's panels (smaller first)
 * @param roles the roles whose workspace shows it
 * @param links the pages it opens, in order
 * @param content a page fragment loaded into the panel (htmx), e.g. a count or the latest items; or
 *     null
 */
public record WorkspacePanel(
    String key, int order, Set<Role> roles, List<Link> links, String content) {

  /** A link of a panel: where it goes and the message key of its label. */
  public record Link(String href, String labelKey) {}

  public WorkspacePanel {
    roles = Set.copyOf(roles);
    links = List.copyOf(links);
  }

  /** A panel with links only. */
  public static WorkspacePanel of(String key, int order, Set<Role> roles, Link... links) {
    return new WorkspacePanel(key, order, roles, List.of(links), null);
  }

  /** The same panel with a fragment loaded into it. */
  public WorkspacePanel withContent(String url) {
    return new WorkspacePanel(key, order, roles, links, url);
  }
}
