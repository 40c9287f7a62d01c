"""What a screen reader's user does and hears on the app's screens, over the bus: unlock,
open a family, read a screen's labels. Helpers for tests/a11y."""

from __future__ import annotations

from tests.support.atspi.app import RunningApp
from tests.support.atspi.node import Node, named, role_is
from tests.support.stores import PASSPHRASE

LABEL_ROLES = ("label", "heading", "static", "paragraph")


def unlock(app: RunningApp, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase through the bus (EditableText) and press Unlock (Action)."""
    field = app.find(named("Passphrase", "text", "password text"), "the passphrase field")
    field.set_text(passphrase)
    app.find(named("Unlock", "push button"), "the Unlock button").do("Press")


def families_table(app: RunningApp) -> Node:
    return app.find(named("Families", "table"), "the families list", timeout=60)


def open_family(app: RunningApp, family_name: str) -> None:
    """Choose the family's row (its cell's Toggle action) and press Open family: through the
    bus alone, as a tool that works through actions does."""
    table = families_table(app)
    cell = app.wait_for(
        lambda: table.find(named(family_name, "table cell", "cell")), f"{family_name}'s row"
    )
    button = app.find(named("Open family", "push button"), "the Open family button")
    cell.do("Toggle")
    app.wait_for(lambda: button if "enabled" in button.states() else None, "Open family on")
    button.do("Press")
    app.find(
        lambda n: n.role_name() == "push button" and n.name().startswith("Start consent visit"),
        "the family's Start consent visit button",
    )


def labels(window: Node) -> list[Node]:
    return window.find_all(role_is(*LABEL_ROLES))


def hidden_texts(window: Node) -> list[str]:
    """Labels whose name hides what they show: a label that says one thing (its name, as
    Orca reads it) while what it shows is kept only in its description (a message label
    named "Problem" showing "Wrong passphrase…"). A label whose text is readable through
    the Text interface hides nothing, whatever its name; nor does one whose description,
    shorter than its name, says what the label is for ("Lock state")."""
    found = []
    for label in labels(window):
        if label.text():
            continue  # its text is there to read (the Text interface), whatever its name
        name = label.name()
        description = label.description()
        # A name that is a short tag ("Problem", "Step") while a message (a sentence, a
        # figure, a path) sits in the description; a description that says what the label
        # is for ("When the visit was last saved") is fine.
        tag = len(name.split()) <= 3 and not any(c.isdigit() or c in ":.—…/" for c in name)
        message = description.rstrip().endswith((".", "…", "?", "!")) or any(
            c.isdigit() or c == "/" for c in description
        )
        if tag and message and description not in name:
            found.append(f"{name!r} (shows {description!r})")
    return found


def spoken_texts(window: Node) -> list[str]:
    """What Orca's review of the window reads for each label and heading."""
    return [label.spoken() for label in labels(window)]


def heard(window: Node, text: str) -> bool:
    """True if some label or heading of the window says `text` (in its name or text)."""
    return any(text in spoken for spoken in spoken_texts(window))


def page_area(window: Node) -> Node:
    """The window's page (its central area), without the menu bar and status bar."""
    for child in window.children():
        if child.role_name() == "layered pane":
            return child
    return window


def status_bar(window: Node) -> Node | None:
    return window.find(role_is("status bar"))


def describe_tree(node: Node, depth: int = 0, limit: int = 400) -> str:
    """The showing part of the tree as text (role, name, states): for a failure's message."""
    lines: list[str] = []

    def visit(current: Node, level: int) -> None:
        if len(lines) >= limit:
            return
        try:
            states = current.states()
            if level and not {"showing", "visible"} <= states:
                return
            marks = sorted(states & {"focused", "checked", "enabled"})
            lines.append(f"{'  ' * level}{current.role_name()} {current.name()!r} {marks}")
            if current.role_name() in ("table", "menu bar"):
                return
            for child in current.children():
                visit(child, level + 1)
        except AssertionError:
            lines.append(f"{'  ' * level}(gone)")

    visit(node, depth)
    return "\n".join(lines)
