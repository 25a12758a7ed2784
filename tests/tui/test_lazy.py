"""Options built when drawn look exactly as options built at once, and only those drawn are built."""

from __future__ import annotations

import gc
import weakref

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from docket.tui.lazy import LazyOption

pytestmark = pytest.mark.anyio


def line(index: int) -> Text:
    text = Text(f"row {index} ", no_wrap=True, overflow="ellipsis")
    text.append("[bold]not markup[/]", style="bold red")
    text.append(" and a long tail " * 5, style="dim")
    return text


def lines(index: int) -> Text:
    return Text("\n").join([line(index), Text(f"  second line of {index}", style="italic")])


class Side(App[None]):
    CSS = """OptionList {
        width: 1fr; height: 1fr; border: none; padding: 0; text-wrap: nowrap; text-overflow: ellipsis;
    }"""
    AUTO_FOCUS = None  # neither list focused: both draw their cursor alike

    def __init__(self, make: object, height: int) -> None:
        super().__init__()
        self.built: list[int] = []
        self._make, self._height = make, height

    def _build(self, index: int) -> Text:
        self.built.append(index)
        return self._make(index)  # type: ignore[operator]

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield OptionList(*(Option(self._make(i), id=f"o{i}") for i in range(100)), id="eager")  # type: ignore[operator]
            yield OptionList(
                *(LazyOption(lambda i=i: self._build(i), self._height, id=f"o{i}") for i in range(100)),
                id="lazy",
            )


def halves(app: Side) -> tuple[list[str], list[str]]:
    """The two lists as drawn, line by line (text and styles)."""
    strips = app.screen._compositor.render_strips()
    width = app.size.width // 2
    left = [str([(s.text, s.style) for s in strip.crop(0, width)]) for strip in strips]
    right = [str([(s.text, s.style) for s in strip.crop(width, width * 2)]) for strip in strips]
    return left, right


@pytest.mark.parametrize(("make", "height"), [(line, 1), (lines, 2)])
async def test_a_lazy_list_looks_like_an_eager_one_and_builds_what_it_shows(
    make: object, height: int
) -> None:
    app = Side(make, height)
    async with app.run_test(size=(80, 12)) as pilot:
        eager, lazy = app.query_one("#eager", OptionList), app.query_one("#lazy", OptionList)
        for widget in (eager, lazy):
            widget.highlighted = 3
        await pilot.pause()
        left, right = halves(app)
        assert "row 0" in left[0] and right == left
        shown = 12 // height
        assert sorted(set(app.built)) == list(range(shown))
        assert lazy.virtual_size.height == eager.virtual_size.height == 100 * height  # the scrollbar's
        for widget in (eager, lazy):
            widget.highlighted = 99
        await pilot.pause()
        left, right = halves(app)
        assert right == left and max(app.built) == 99 and len(set(app.built)) == 2 * shown
        assert str(lazy.get_option_at_index(50).prompt) == str(eager.get_option_at_index(50).prompt)


async def test_a_replaced_prompt_is_shown_and_one_not_yet_drawn_is_never_built() -> None:
    app = Side(line, 1)
    async with app.run_test(size=(80, 12)) as pilot:
        lazy = app.query_one("#lazy", OptionList)
        lazy.replace_option_prompt("o1", Text("replaced"))
        lazy.replace_option_prompt("o50", Text("replaced further down"))
        await pilot.pause()
        assert "replaced" in halves(app)[1][1]
        lazy.highlighted = 50
        await pilot.pause()
        assert any("replaced further down" in row for row in halves(app)[1])
        assert 50 not in app.built  # (row 1 was drawn before it was replaced)


async def test_options_dropped_by_a_list_are_freed_without_the_garbage_collector() -> None:
    app = Side(line, 1)
    async with app.run_test(size=(80, 12)) as pilot:
        lazy = app.query_one("#lazy", OptionList)
        await pilot.pause()
        gc.disable()  # only reference counting: a reference cycle would keep them (p, filters, reloads)
        try:
            # Those never drawn (Textual's own cache of drawn lines is freed by the collector).
            options = [lazy.get_option_at_index(index) for index in range(100)]
            dropped = [weakref.ref(option) for option in options if not option.built]  # type: ignore[attr-defined]
            assert len(dropped) > 80
            del options
            lazy.clear_options()
            await pilot.pause()
            assert [ref for ref in dropped if ref() is not None] == []
        finally:
            gc.enable()
