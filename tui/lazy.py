"""Options whose text is built only when drawn.

An OptionList asks every option for its text as soon as it is added (to count its lines), then keeps it.
Rows of the dashboard's long lists have a known height and cost tens of microseconds each to build (columns
cut to the width, Rich text turned into Textual content): a next page of 100 took 6.5 ms of the UI thread
to add, 0.7 ms built lazily (bench/NOTES.md, tui5), while a screen shows about 25 rows and the next page
arrives below the screen. A `LazyOption` tells its height at once and builds its text the first time it is
drawn, or read (`prompt`), whichever comes first.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual, VisualType
from textual.widgets.option_list import Option


class LazyOption(Option):
    """An option of `height` lines whose text `build()` makes on first use."""

    def __init__(self, build: Callable[[], Text], height: int, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        # OptionList keeps an option's visual in `_visual` (made from the prompt when first needed): one is
        # given here, so that counting lines does not build the text. It does not point back to the
        # option: a list's dropped options are freed at once, not left to the garbage collector.
        self._lines: _LinesToCome | None = _LinesToCome(build, height)
        self._visual = self._lines

    @property
    def prompt(self) -> VisualType:
        return self._lines.text() if self._lines is not None else self._prompt

    @property
    def built(self) -> bool:
        return self._lines is None or self._lines.built

    def _set_prompt(self, prompt: VisualType) -> None:
        # OptionList.replace_option_prompt: the new prompt is shown as any option's is, built or not.
        self._lines = None
        super()._set_prompt(prompt)


class _LinesToCome(Visual):
    """The option's lines: their height known at once, their text and content made on the first draw."""

    def __init__(self, build: Callable[[], Text], height: int) -> None:
        self._build: Callable[[], Text] | None = build
        self._height = height
        self._text: Text | None = None
        self._content: Content | None = None

    @property
    def built(self) -> bool:
        return self._text is not None

    def text(self) -> Text:
        if self._text is None:
            assert self._build is not None
            self._text, self._build = self._build(), None
        return self._text

    def _made(self) -> Content:
        if self._content is None:
            # As OptionList shows a Rich Text prompt: the same content, with the app's console styles.
            self._content = Content.from_rich_text(self.text())
        return self._content

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self._made().render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._made().get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._height
