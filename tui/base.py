"""What every dashboard screen shares: typed access to the app, its store and its words, and a reload
hook the app calls whenever the docket changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from textual.screen import ModalScreen, Screen

from .actions import install_bindings

if TYPE_CHECKING:
    from docket.db.store import Store

    from .app import DocketApp
    from .i18n import Translator

ResultType = TypeVar("ResultType")


class DocketScreen(Screen[None]):
    scope: ClassVar[str] = ""  # the action registry scope whose keys this screen binds
    stale = False  # the docket changed while this kept screen was not shown: read again when shown

    @property
    def docket(self) -> DocketApp:
        return cast("DocketApp", self.app)

    @property
    def store(self) -> Store:
        return self.docket.store

    @property
    def tr(self) -> Translator:
        return self.docket.tr

    def on_mount(self) -> None:
        if self.scope:
            install_bindings(self, self.scope, self.tr)
            self.refresh_bindings()

    def on_screen_resume(self) -> None:
        if self.stale:
            self.stale = False
            self.reload()

    def reload(self) -> None:
        """Read the docket again (it changed); screens showing store data override this."""

    def action_back(self) -> None:
        self.dismiss()


class DocketModal(ModalScreen[ResultType]):
    @property
    def docket(self) -> DocketApp:
        return cast("DocketApp", self.app)

    @property
    def tr(self) -> Translator:
        return self.docket.tr
