"""What a screen reader hears and can do, over the real accessibility bus (AT-SPI).

The app runs in a process of its own with accessibility on (tests/support/atspi/app.py);
the test is the screen reader: it walks the tree as Orca's review does, listens to the
events Orca registers for, and does everything through the accessibility interface:
names, text, actions (Press, Toggle), EditableText for typing, Component's GrabFocus.
One thing has no AT-SPI action and is done with the keyboard, as a person would: Enter
on the family's row in the families list (the list says "Enter opens the family's page").
"""

from __future__ import annotations

from collections.abc import Callable

from cssw_core.domain.visit import Step
from cssw_desktop.translated import step_heading
from tests.support.atspi.app import RunningApp
from tests.support.atspi.bus import Event
from tests.support.atspi.node import Node, named, role_is
from tests.support.atspi.screens import (
    describe_tree,
    families_table,
    heard,
    hidden_texts,
    open_family,
    page_area,
    spoken_texts,
    status_bar,
    unlock,
)
from tests.support.stores import PASSPHRASE

WRONG = "not the passphrase at all"
GIVER = "Grace Okafor"
YOUNG_PERSON = "Chidi Okafor"


def announcement(containing: str) -> Callable[[Event], bool]:
    def test(event: Event) -> bool:
        return event.kind == "Object:Announcement" and containing in str(event.data)

    return test


def button(app: RunningApp, name: str) -> Node:
    return app.find(named(name, "push button"), f"the {name!r} button")


def press(app: RunningApp, name: str, *, wait: bool = True) -> None:
    button(app, name).do("Press", wait=wait)


def start_visit(app: RunningApp) -> None:
    unlock(app)
    open_family(app, "Okafor")
    start = app.find(
        lambda n: n.role_name() == "push button" and n.name().startswith("Start consent visit"),
        "Start consent visit",
    )
    start.do("Press", wait=False)
    app.find(named("Next section", "push button"), "the leaflet's Next section button")


# The unlock page


def test_a_wrong_passphrase_is_announced_and_focus_returns_to_the_field(
    atspi_app: RunningApp,
) -> None:
    app = atspi_app
    app.find(named("Passphrase"), "the passphrase field")
    assert app.focused_control().name() == "Passphrase"  # where the worker types first
    mark = app.bus.mark()
    unlock(app, WRONG)
    app.bus.wait_for(
        announcement("Wrong passphrase"), after=mark, what="the wrong passphrase announced"
    )
    focus = app.focused_control()
    assert focus.name() == "Passphrase", focus  # typing again goes into the field


def test_the_unlock_pages_labels_say_what_they_show(atspi_app: RunningApp) -> None:
    app = atspi_app
    app.find(named("Passphrase"), "the passphrase field")
    window = app.window()
    assert heard(window, "Locked")
    assert heard(window, "Type your passphrase to unlock.")
    unlock(app, WRONG)
    app.wait_for(lambda: window if heard(window, "Wrong passphrase") else None,
                 "the message read out as a label's name or text")  # fmt: skip
    assert hidden_texts(page_area(app.window())) == []


def test_the_status_bar_says_what_it_shows(atspi_app: RunningApp) -> None:
    app = atspi_app
    unlock(app)
    families_table(app)
    bar = status_bar(app.window())
    assert bar is not None
    assert hidden_texts(bar) == []
    assert "Lock state" not in spoken_texts(bar), spoken_texts(bar)
    assert "Sending to central" not in spoken_texts(bar), spoken_texts(bar)


# The families list


def test_a_family_opens_from_the_list_through_the_bus(atspi_app: RunningApp) -> None:
    """A table's cells offer only "Toggle" (choose) over AT-SPI; the list's Open family
    button opens the chosen row, for a tool that works through actions alone (open_family
    fails unless the family's page comes)."""
    unlock(atspi_app)
    open_family(atspi_app, "Okafor")


# The visit


def test_what_is_missing_is_announced_as_it_changes(atspi_app: RunningApp) -> None:
    app = atspi_app
    mark = app.bus.mark()
    start_visit(app)
    first = app.bus.wait_for(
        announcement("Not shown yet"), after=mark, what="what is missing announced"
    )
    assert "Our duties" in first.data  # the next section not shown yet
    # A list that only shrinks is not repeated (less to listen to); the step's being
    # complete is said.
    mark = app.bus.mark()
    read_every_section(app)
    app.bus.wait_for(announcement("complete"), after=mark, what="the complete step announced")
    app.focused_control()  # and focus is still on something to use


def test_the_visits_labels_say_what_they_show(atspi_app: RunningApp) -> None:
    app = atspi_app
    start_visit(app)
    window = app.window()
    assert heard(window, "Step 1 of 8: The leaflet"), spoken_texts(window)
    assert heard(window, "To go on, show every section of the leaflet"), spoken_texts(window)
    assert hidden_texts(page_area(window)) == []


def read_every_section(app: RunningApp) -> None:
    """Press Next section, hearing each section arrive ("Section 3 of 11") before the next
    press, as a person does, until the last one is shown."""

    def position(number: int | None = None) -> Node:
        start = "Section " if number is None else f"Section {number} of "
        return app.find(
            lambda n: (
                n.role_name() == "label" and n.name().startswith(start) and " of " in n.name()
            ),
            f"the leaflet's {start.strip()}",
        )

    while True:
        shown, total = (int(part) for part in position().name().split()[1::2][:2])
        if shown >= total:
            return
        button(app, "Next section").do("Press")
        position(shown + 1)


def leaflet_text(app: RunningApp) -> Node:
    return app.find(
        lambda n: (
            n.role_name() in ("label", "text", "paragraph", "document text")
            and "org.a11y.atspi.Text" in n.interfaces()
            and "Safeguarding" in n.text()
        ),
        "the leaflet's text",
    )


def test_the_leaflet_is_read_sentence_by_sentence(atspi_app: RunningApp) -> None:
    app = atspi_app
    start_visit(app)
    text = leaflet_text(app)
    whole = text.text()
    sentences = text.sentences()
    assert len(sentences) > 1, sentences
    assert all(sentence in whole for sentence in sentences)
    assert sentences[0].startswith("Children’s Safeguarding and Social Work (CSSW)")
    mark = app.bus.mark()
    press(app, "Next section")
    # The next section is heard: its text changes (Orca reads a changed text) or it is
    # announced; and its text is there to read.
    app.bus.wait_for(
        lambda e: e.kind in ("Object:TextChanged", "Object:Announcement"),
        after=mark,
        what="the next section's text heard",
    )
    assert leaflet_text_changed(app, whole)


def leaflet_text_changed(app: RunningApp, before: str) -> Node:
    return app.find(
        lambda n: (
            "org.a11y.atspi.Text" in n.interfaces()
            and n.role_name() in ("label", "text", "paragraph", "document text")
            and len(n.text()) > 100
            and n.text() != before
        ),
        "the next section's text",
    )


# A whole visit through the accessibility interface alone


def choose(node: Node) -> None:
    """Choose a radio button or tick a check box, with the action it offers."""
    actions = node.actions()
    node.do("Press" if "Press" in actions else "Toggle")


def enabled(app: RunningApp, name: str) -> Node:
    return app.find(
        lambda n: n.name() == name and n.role_name() == "push button" and "enabled" in n.states(),
        f"{name!r} switched on",
    )


def next_step(app: RunningApp, step: Step) -> None:
    """Press Next; the step header is heard ("Step 2 of 8: Who is here") and focus lands
    on a control."""
    enabled(app, "Next").do("Press")
    title = f"Step {step.number} of 8: {step_heading(step)}"
    app.wait_for(
        lambda: app.window() if heard(app.window(), title) else None, f"the step {title!r}"
    )
    app.focused_control()


def answer_every(app: RunningApp, word: str) -> None:
    """Answer `word` ("Yes") to every question of the step on screen."""
    page = page_area(app.window())
    buttons = page.find_all(
        lambda n: n.role_name() in ("radio button", "check box") and n.name().startswith(word)
    )
    assert buttons, describe_tree(page)
    for found in buttons:
        if "checked" not in found.states():
            choose(found)


def tick_every_box(app: RunningApp) -> None:
    page = page_area(app.window())
    boxes = page.find_all(role_is("check box"))
    assert boxes, describe_tree(page)
    for box in boxes:
        if "checked" not in box.states():
            choose(box)


def sign_by_typing(app: RunningApp, name: str) -> None:
    """On the family's screen: confirm the summary, sign by typing the name."""
    confirm = app.find(
        lambda n: n.role_name() == "check box" and "correct" in n.description(),
        "the summary's confirm box",
    )
    choose(confirm)
    enabled(app, "Go on to sign").do("Press")
    press(app, "Sign by typing your name")
    field = app.find(named("Your full name, as your signature", "text"), "the typed name field")
    field.set_text(name)
    enabled(app, "Sign").do("Press")


def test_a_whole_visit_through_the_accessibility_interface(atspi_app: RunningApp) -> None:
    app = atspi_app
    try:
        _whole_visit(app)
    except AssertionError as error:
        raise AssertionError(f"{error}\n{describe_tree(app.window())}") from error


def _whole_visit(app: RunningApp) -> None:
    start_visit(app)
    # 1: every section of the leaflet, then Next
    read_every_section(app)
    next_step(app, Step.WHO)
    # 2: who gives consent (typed through EditableText, as voice input does)
    app.find(named("Name of person giving consent", "text"), "the name field").set_text(GIVER)
    app.find(named("Relationship to the children", "text"), "relationship").set_text("Mother")
    choose(app.find(lambda n: n.name().startswith("Parental consent"), "Parental consent"))
    next_step(app, Step.EXPLAINED)
    tick_every_box(app)
    next_step(app, Step.SHARE)
    answer_every(app, "Yes")
    next_step(app, Step.APPROACH)
    answer_every(app, "Yes")
    next_step(app, Step.CHOICES)
    answer_every(app, "Yes")
    next_step(app, Step.YOUNG_PEOPLE)
    choose(app.find(lambda n: n.name().endswith("gives their own answers, and will sign"),
                    "the young person's own answers"))  # fmt: skip
    choose(app.find(lambda n: n.role_name() == "push button" and n.name().startswith("Same as"),
                    "Same as"))  # fmt: skip
    next_step(app, Step.REVIEW)
    # 8: the family checks and signs on their own screen, by typing
    hand_over = app.find(
        lambda n: n.role_name() == "push button" and n.name().startswith("Give the laptop"),
        "Give the laptop to the family",
    )
    hand_over.do("Press", wait=False)
    sign_by_typing(app, GIVER)
    sign_by_typing(app, YOUNG_PERSON)
    press(app, "Hand back to the worker")
    app.find(named("Worker's passphrase", "text"), "the worker's passphrase").set_text(PASSPHRASE)
    press(app, "Go to the worker's screen", wait=False)
    enabled(app, "Seal this record").do("Press", wait=False)
    # The record is sealed: the done page says so, with the record's id, and focus is on it.
    done = app.wait_for(
        lambda: app.window() if heard(app.window(), "Signed and sealed") else None,
        "the done page",
        timeout=60,
    )
    assert heard(done, "Record id:"), spoken_texts(done)
    assert heard(done, "It can no longer be changed"), spoken_texts(done)
    app.focused_control()
