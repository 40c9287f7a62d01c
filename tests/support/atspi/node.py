"""One accessible object on the accessibility bus, and what a screen reader asks of it:
its name, role, states, text, actions, and (for Orca's review) its children."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, Message, new_method_call  # type: ignore[import-untyped]
from jeepney.wrappers import Properties  # type: ignore[import-untyped]

from tests.support.atspi.bus import AtspiBus, AtspiError

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
COMPONENT = "org.a11y.atspi.Component"
EDITABLE_TEXT = "org.a11y.atspi.EditableText"
TEXT = "org.a11y.atspi.Text"

# AtspiStateType: the bit of each state in GetState's two 32-bit words.
STATES = (
    "invalid",
    "active",
    "armed",
    "busy",
    "checked",
    "collapsed",
    "defunct",
    "editable",
    "enabled",
    "expandable",
    "expanded",
    "focusable",
    "focused",
    "has-tooltip",
    "horizontal",
    "iconified",
    "modal",
    "multi-line",
    "multiselectable",
    "opaque",
    "pressed",
    "resizable",
    "selectable",
    "selected",
    "sensitive",
    "showing",
    "single-line",
    "stale",
    "transient",
    "vertical",
    "visible",
    "manages-descendants",
    "indeterminate",
    "required",
    "truncated",
    "animated",
    "invalid-entry",
    "supports-autocompletion",
    "selectable-text",
    "is-default",
    "visited",
    "checkable",
    "has-popup",
    "read-only",
)

SENTENCE_START = 3  # AtspiTextBoundaryType

# What a person can operate or type into (where focus should be).
CONTROL_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "text",
        "password text",
        "entry",
        "combo box",
        "spin button",
        "slider",
        "list",
        "list item",
        "table",
        "table cell",
        "tree",
        "tree table",
        "page tab",
        "menu item",
        "link",
        "scroll pane",
        "heading",
        "label",
        "document text",
        "document frame",
        "paragraph",
        "canvas",
    }
)


@dataclass(frozen=True)
class Node:
    """An accessible object: the application's bus name and the object's path."""

    bus: AtspiBus
    sender: str
    path: str

    def __repr__(self) -> str:
        try:
            return f"<{self.role_name()} {self.name()!r}>"
        except AtspiError:
            return f"<gone {self.path}>"

    def _address(self, interface: str) -> DBusAddress:
        return DBusAddress(self.path, bus_name=self.sender, interface=interface)

    def _call(self, interface: str, method: str, signature: str | None = None, *args: Any) -> Any:
        message: Message = new_method_call(self._address(interface), method, signature, args)
        body = self.bus.call(message)
        return body[0] if len(body) == 1 else body

    def _property(self, interface: str, name: str) -> Any:
        (value,) = self.bus.call(Properties(self._address(interface)).get(name))
        return value[1]  # (signature, value)

    def _node(self, reference: tuple[str, str]) -> Node:
        sender, path = reference
        return Node(self.bus, str(sender), str(path))

    # Accessible

    def name(self) -> str:
        return str(self._property(ACCESSIBLE, "Name"))

    def description(self) -> str:
        return str(self._property(ACCESSIBLE, "Description"))

    def role_name(self) -> str:
        return str(self._call(ACCESSIBLE, "GetRoleName"))

    def role(self) -> int:
        return int(self._call(ACCESSIBLE, "GetRole"))

    def states(self) -> frozenset[str]:
        words = self._call(ACCESSIBLE, "GetState")
        bits = sum(int(word) << (32 * i) for i, word in enumerate(words))
        return frozenset(name for i, name in enumerate(STATES) if bits >> i & 1)

    def attributes(self) -> dict[str, str]:
        return dict(self._call(ACCESSIBLE, "GetAttributes"))

    def interfaces(self) -> list[str]:
        return list(self._call(ACCESSIBLE, "GetInterfaces"))

    def children(self) -> list[Node]:
        return [self._node(child) for child in self._call(ACCESSIBLE, "GetChildren")]

    def child_count(self) -> int:
        return int(self._property(ACCESSIBLE, "ChildCount"))

    def child(self, index: int) -> Node:
        return self._node(self._call(ACCESSIBLE, "GetChildAtIndex", "i", index))

    def parent(self) -> Node:
        return self._node(self._property(ACCESSIBLE, "Parent"))

    def is_showing(self) -> bool:
        return {"showing", "visible"} <= self.states()

    # Text, as Orca reads it

    def has(self, interface: str) -> bool:
        return interface in self.interfaces()

    def text(self) -> str:
        """The whole text (Text interface); "" for an object without one."""
        if not self.has(TEXT):
            return ""
        count = int(self._property(TEXT, "CharacterCount"))
        return str(self._call(TEXT, "GetText", "ii", 0, count))

    def sentence_at(self, offset: int) -> tuple[str, int, int]:
        """The sentence at `offset`: (text, start, end), as Orca's say-all reads it."""
        text, start, end = self._call(TEXT, "GetTextAtOffset", "iu", offset, SENTENCE_START)
        return str(text), int(start), int(end)

    def sentences(self, limit: int = 500) -> list[str]:
        """Every sentence of the text, one after another (at most `limit`)."""
        count = int(self._property(TEXT, "CharacterCount"))
        found: list[str] = []
        offset = 0
        while offset < count and len(found) < limit:
            text, _start, end = self.sentence_at(offset)
            if text.strip():
                found.append(text.strip())
            offset = max(end, offset + 1)
        return found

    def spoken(self) -> str:
        """What a screen reader has to say for it: its name, and its text if it has one."""
        return " ".join(part for part in (self.name(), self.text()) if part)

    # Doing things

    def actions(self) -> list[str]:
        return [str(name) for name, _description, _keys in self._call(ACTION, "GetActions")]

    def do(self, action: str, *, wait: bool = True) -> None:
        """Do the named action ("Press", "Toggle", "SetFocus"...). `wait=False`: do not wait
        for the answer (an action that opens a modal dialog answers when it closes)."""
        names = self.actions()
        if action not in names:
            raise AtspiError(f"{self!r} has no action {action!r}: {names}")
        message = new_method_call(self._address(ACTION), "DoAction", "i", (names.index(action),))
        if wait:
            self.bus.call(message)
        else:
            self.bus.send(message)

    def set_text(self, text: str) -> None:
        """Replace the text (EditableText), as voice input or an assistive tool does."""
        if not self._call(EDITABLE_TEXT, "SetTextContents", "s", text):
            raise AtspiError(f"{self!r} refused SetTextContents")

    def grab_focus(self) -> bool:
        return bool(self._call(COMPONENT, "GrabFocus"))

    # Walking the tree

    def walk(self, *, showing_only: bool = True, limit: int = 5000) -> Iterator[Node]:
        """This object and everything under it, depth first, in the order Orca's review
        goes; hidden parts (another page of a stack) left out when `showing_only`."""
        stack: list[Node] = [self]
        seen = 0
        while stack and seen < limit:
            node = stack.pop()
            try:
                if showing_only and node is not self and not node.is_showing():
                    continue
                children = node.children()
            except AtspiError:
                continue  # gone meanwhile (a page replaced)
            seen += 1
            yield node
            stack.extend(reversed(children))

    def find_all(self, test: Callable[[Node], bool], **walk: Any) -> list[Node]:
        return [node for node in self.walk(**walk) if _safe(test, node)]

    def find(self, test: Callable[[Node], bool], **walk: Any) -> Node | None:
        for node in self.walk(**walk):
            if _safe(test, node):
                return node
        return None


def _safe(test: Callable[[Node], bool], node: Node) -> bool:
    try:
        return test(node)
    except AtspiError:
        return False


def role_is(*roles: str) -> Callable[[Node], bool]:
    return lambda node: node.role_name() in roles


def named(name: str, *roles: str) -> Callable[[Node], bool]:
    """The object with this accessible name (and one of these roles, if given)."""
    return lambda node: node.name() == name and (not roles or node.role_name() in roles)
