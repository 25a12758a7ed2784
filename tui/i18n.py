"""The dashboard's words in French and English (one table) and its dates (Babel).

The locale comes from `--locale`, else the environment; any French locale gives French strings, any
English one English, anything else English too. Dates and relative times are formatted by Babel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel.core import default_locale
from babel.dates import format_date, format_skeleton, format_timedelta

# key -> (French, English). Placeholders use str.format names.
STRINGS: dict[str, tuple[str, str]] = {
    # app
    "app.subtitle": ("audiences et décisions", "hearings and rulings"),
    "app.demo": ("démo : docket temporaire", "demo: temporary docket"),
    "app.refreshed": ("Nouvelles données : docket mis à jour", "New data: docket refreshed"),
    "app.error": ("Erreur : {message}", "Error: {message}"),
    # actions (footer, help and command palette)
    "act.quit": ("Quitter", "Quit"),
    "act.help": ("Aide", "Help"),
    "act.search": ("Rechercher", "Search"),
    "act.import": ("Importer", "Import"),
    "act.home": ("Audiences", "Hearings"),
    "act.followed": ("Suivies", "Followed"),
    "act.open": ("Ouvrir", "Open"),
    "act.back": ("Retour", "Back"),
    "act.toggle_past": ("Passées", "Past"),
    "act.filter": ("Filtrer", "Filter"),
    "act.clear_filter": ("Sans filtre", "Clear filter"),
    "act.whats_new": ("Nouveautés", "What's new"),
    "act.record_ruling": ("Décision", "Ruling"),
    "act.record_hearing": ("Audience", "Hearing"),
    "act.correct": ("Corriger", "Correct"),
    "act.delete": ("Supprimer", "Delete"),
    "act.follow": ("Suivre", "Follow"),
    "act.unfollow": ("Ne plus suivre", "Unfollow"),
    "act.note": ("Note", "Note"),
    "act.focus_results": ("Résultats", "Results"),
    "act.copy_source": ("Copier", "Copy"),
    "act.export": ("Exporter", "Export"),
    "act.palette": ("Commandes", "Commands"),
    # Textual's own command palette entries (SystemCommand), by their English title
    "sys.palette": ("Chercher une commande…", "Search for commands…"),
    "sys.theme": ("Thème", "Theme"),
    "sys.theme.help": ("Changer le thème de couleurs", "Change the current theme"),
    "sys.quit": ("Quitter", "Quit"),
    "sys.quit.help": ("Quitter l'application sans attendre", "Quit the application as soon as possible"),
    "sys.keys": ("Touches", "Keys"),
    "sys.keys.help": (
        "Aide du champ actif et résumé des touches disponibles",
        "Show help for the focused widget and a summary of available keys",
    ),
    "sys.keys_hide.help": (
        "Masquer le panneau d'aide des touches",
        "Hide the keys and widget help panel",
    ),
    "sys.maximize": ("Agrandir", "Maximize"),
    "sys.maximize.help": ("Agrandir le panneau actif", "Maximize the focused widget"),
    "sys.minimize": ("Réduire", "Minimize"),
    "sys.minimize.help": (
        "Réduire le panneau et revenir à la taille normale",
        "Minimize the widget and restore to normal size",
    ),
    "sys.screenshot": ("Capture d'écran", "Screenshot"),
    "sys.screenshot.help": (
        "Enregistrer une capture SVG de l'écran",
        "Save an SVG 'screenshot' of the current screen",
    ),
    # action descriptions (help and command palette)
    "help.quit": ("Fermer Docket", "Close Docket"),
    "help.help": ("Afficher l'aide et les raccourcis", "Show help and key bindings"),
    "help.search": ("Chercher dans les comptes rendus et les affaires", "Search reports and cases"),
    "help.import": ("Importer un fichier ou un dossier de comptes rendus", "Import a report file or folder"),
    "help.home": ("Revenir aux audiences à venir", "Back to upcoming hearings"),
    "help.followed": ("Les affaires que vous suivez", "The cases you follow"),
    "help.open": ("Ouvrir l'affaire sélectionnée", "Open the selected case"),
    "help.back": ("Revenir à l'écran précédent", "Back to the previous screen"),
    "help.toggle_past": ("Afficher ou masquer les audiences passées", "Show or hide past hearings"),
    "help.filter": ("Filtrer par juridiction et par pays", "Filter by court and country"),
    "help.clear_filter": ("Retirer les filtres", "Remove the filters"),
    "help.whats_new": (
        "Ce qui a changé et la fraîcheur des flux",
        "What changed and how fresh the feeds are",
    ),
    "help.record_ruling": ("Enregistrer une décision", "Record a ruling"),
    "help.record_hearing": ("Enregistrer une audience", "Record a hearing"),
    "help.correct": ("Corriger l'entrée sélectionnée", "Correct the selected entry"),
    "help.delete": ("Supprimer une entrée manuelle", "Delete a manual entry"),
    "help.follow": ("Suivre ou ne plus suivre l'affaire", "Follow or unfollow the case"),
    "help.note": ("Modifier la note de suivi", "Edit the follow note"),
    "help.unfollow": ("Ne plus suivre l'affaire sélectionnée", "Stop following the selected case"),
    "help.copy_source": (
        "Copier la phrase source de l'entrée et sa référence",
        "Copy the entry's source sentence and its citation",
    ),
    "help.export": (
        "Exporter la chronologie (Markdown ou iCalendar)",
        "Export the timeline (Markdown or iCalendar)",
    ),
    "help.focus_results": ("Aller aux résultats", "Go to the results"),
    # home
    "home.title": ("Audiences à venir", "Upcoming hearings"),
    "home.with_past": ("avec les audiences passées", "with past hearings"),
    "home.empty": (
        "Aucune audience à venir. Importez des comptes rendus (touche i).",
        "No upcoming hearings. Import some reports (key i).",
    ),
    "home.none_filtered": (
        "Aucune audience pour ces filtres (x pour les retirer).",
        "No hearings match these filters (x to clear them).",
    ),
    "home.loading": ("Chargement…", "Loading…"),
    "home.filters": ("Filtres : {filters}", "Filters: {filters}"),
    "home.court": ("juridiction", "court"),
    "home.to_confirm": ("à confirmer", "to confirm"),
    "col.date": ("Date", "Date"),
    "col.when": ("Échéance", "When"),
    "col.case": ("Affaire", "Case"),
    "col.court": ("Juridiction", "Court"),
    "col.defendants": ("Prévenus", "Defendants"),
    "col.purpose": ("Objet / dernière décision", "Purpose / last ruling"),
    "col.note": ("Note", "Note"),
    "col.last_report": ("Dernier compte rendu", "Last report"),
    "col.next_hearing": ("Prochaine audience", "Next hearing"),
    "col.last_ruling": ("Dernière décision", "Last ruling"),
    "group.past": ("Passées", "Past"),
    "group.today": ("Aujourd'hui", "Today"),
    "group.tomorrow": ("Demain", "Tomorrow"),
    "group.week": ("Cette semaine", "This week"),
    "group.later": ("Plus tard", "Later"),
    "group.hearings_one": ("{count} audience", "{count} hearing"),
    "group.hearings_many": ("{count} audiences", "{count} hearings"),
    "group.followed": ("★ Vos affaires suivies", "★ Cases you follow"),
    "home.news": ("Depuis le {since} : ", "Since {since}: "),
    "home.news_none": ("Rien de nouveau depuis le {since}", "Nothing new since {since}"),
    "home.news_more": (" · w : le détail", " · w for details"),
    "news.cases": ("{count} nouvelle(s) affaire(s)", "{count} new case(s)"),
    "news.scheduled": ("{count} audience(s) programmée(s)", "{count} hearing(s) scheduled"),
    "news.moved": ("{count} renvoi(s)", "{count} adjournment(s)"),
    "news.rulings": ("{count} décision(s)", "{count} ruling(s)"),
    "when.today": ("aujourd'hui", "today"),
    "when.tomorrow": ("demain", "tomorrow"),
    "when.yesterday": ("hier", "yesterday"),
    # filter modal
    "filter.title": ("Filtrer les audiences", "Filter hearings"),
    "filter.court": ("Juridiction (texte contenu)", "Court (contains)"),
    "filter.country": ("Pays (code ISO, ex. BJ)", "Country (ISO code, e.g. BJ)"),
    "filter.bad_country": ("Code pays à deux lettres attendu", "A two-letter country code is expected"),
    # case
    "case.court": ("Juridiction", "Court"),
    "case.chamber": ("Chambre", "Chamber"),
    "case.country": ("Pays", "Country"),
    "case.charges": ("Chefs", "Charges"),
    "case.tags": ("Étiquettes", "Tags"),
    "case.followed": ("Suivie", "Followed"),
    "case.continues": ("Suite de", "Continues"),
    "case.continued_by": ("Suivie par", "Continued by"),
    "case.timeline": ("Chronologie", "Timeline"),
    "case.sources": ("Sources", "Sources"),
    "case.no_evidence": (
        "Pas de source : entrée saisie à la main.",
        "No source: entered by hand.",
    ),
    "case.select_entry": (
        "Sélectionnez une entrée pour voir sa source.",
        "Select an entry to see its source.",
    ),
    "case.manual": ("manuel", "manual"),
    "case.by": ("par {user}", "by {user}"),
    "case.corrected": ("corrigé", "corrected"),
    "case.correction": ("correction", "correction"),
    "case.undated": ("date inconnue", "no date"),
    "case.only_manual": (
        "Seules les entrées manuelles peuvent être supprimées.",
        "Only manual entries can be deleted.",
    ),
    "case.pick_entry": (
        "Sélectionnez d'abord une entrée de la chronologie.",
        "Select a timeline entry first.",
    ),
    "case.delete_confirm": (
        "Supprimer cette entrée manuelle ?\n{entry}",
        "Delete this manual entry?\n{entry}",
    ),
    "case.deleted": ("Entrée supprimée", "Entry deleted"),
    "case.followed_now": ("Affaire suivie", "Now following the case"),
    "case.unfollowed_now": ("Affaire plus suivie", "No longer following the case"),
    "case.note_title": ("Note de suivi", "Follow note"),
    "case.published": ("publié le {date}", "published {date}"),
    "case.source": ("Source", "Source"),
    "case.copied": ("Copié : {text}", "Copied: {text}"),
    "case.no_source": (
        "Cette entrée n'a pas de phrase source à copier",
        "This entry has no source sentence to copy",
    ),
    "export.title": ("Exporter la chronologie", "Export the timeline"),
    "export.md": ("Markdown (.md)", "Markdown (.md)"),
    "export.ics": ("Calendrier iCalendar (.ics)", "iCalendar calendar (.ics)"),
    "export.path": ("Fichier ou dossier :", "File or folder:"),
    "export.default": ("vide : {name} dans le dossier courant", "empty: {name} in the current folder"),
    "export.keys": ("⏎ exporter · Tab chemin · Échap annuler", "⏎ export · Tab path · Esc cancel"),
    "export.written": ("Chronologie écrite dans {path}", "Timeline written to {path}"),
    "export.failed": ("Export impossible : {error}", "Could not export: {error}"),
    # roles
    "role.defendant": ("Prévenus", "Defendants"),
    "role.prosecutor": ("Ministère public", "Prosecution"),
    "role.defense_counsel": ("Défense", "Defence counsel"),
    "role.civil_party": ("Parties civiles", "Civil parties"),
    "role.civil_party_counsel": ("Avocats des parties civiles", "Civil parties' counsel"),
    "role.judge": ("Juges", "Judges"),
    "role.victim": ("Victimes", "Victims"),
    "role.witness": ("Témoins", "Witnesses"),
    "role.plaintiff": ("Demandeurs", "Plaintiffs"),
    "role.respondent": ("Défendeurs", "Respondents"),
    # ruling kinds
    "kind.adjourned": ("renvoi", "adjourned"),
    "kind.deliberation_reserved": ("mis en délibéré", "deliberation reserved"),
    "kind.bail_denied": ("liberté provisoire refusée", "bail denied"),
    "kind.bail_granted": ("liberté provisoire accordée", "bail granted"),
    "kind.detention_ordered": ("mandat de dépôt", "detention ordered"),
    "kind.convicted": ("condamnation", "convicted"),
    "kind.acquitted": ("relaxe / acquittement", "acquitted"),
    "kind.dismissed": ("non-lieu / rejet", "dismissed"),
    "kind.declined_jurisdiction": ("incompétence", "declined jurisdiction"),
    "kind.appeal_filed": ("appel interjeté", "appeal filed"),
    "kind.pardoned": ("grâce", "pardoned"),
    "kind.other": ("autre décision", "other ruling"),
    # hearing statuses
    "status.scheduled": ("audience prévue", "hearing scheduled"),
    "status.held": ("audience tenue", "hearing held"),
    "status.postponed": ("audience reportée", "hearing postponed"),
    "status.unconfirmed": ("audience à confirmer", "hearing to confirm"),
    "status.cancelled": ("audience annulée", "hearing cancelled"),
    # followed
    "followed.title": ("Affaires suivies", "Followed cases"),
    "followed.empty": (
        "Vous ne suivez aucune affaire. Ouvrez une affaire et appuyez sur f.",
        "You follow no case yet. Open a case and press f.",
    ),
    "followed.never": ("jamais", "never"),
    "followed.none": ("aucune", "none"),
    # search
    "search.title": ("Recherche", "Search"),
    "search.placeholder": ("Rechercher…", "Search…"),
    # One line at 80 columns (78 cells inside the padding).
    "search.hint": (
        'party: court: charge: ruling: after:AAAA-MM-JJ before:… · party:"Prénom Nom"',
        'party: court: charge: ruling: after:YYYY-MM-DD before:… · party:"First Last"',
    ),
    "search.count": ("{count} affaire(s) trouvée(s)", "{count} case(s) found"),
    "search.counting": ("{shown} affaire(s) affichée(s), décompte…", "{shown} case(s) shown, counting…"),
    "search.count_capped": ("plus de {count} affaires trouvées", "more than {count} cases found"),
    "search.none": ("Aucun résultat", "No results"),
    "search.none_suggest": ("Aucun résultat. Un nom proche :", "No results. A close name:"),
    "search.did_you_mean": ("Vouliez-vous dire", "Did you mean"),
    "search.more": ("Plus de résultats (Entrée)", "More results (Enter)"),
    "search.matches": ("{count} passages", "{count} matches"),
    "search.next": ("prochaine audience {date}", "next hearing {date}"),
    "search.no_case_title": ("compte rendu sans affaire", "report with no case"),
    "search.recent": ("Recherches récentes", "Recent searches"),
    "search.searching": ("Recherche…", "Searching…"),
    "search.no_case": ("Ce résultat n'est rattaché à aucune affaire.", "This result belongs to no case."),
    "field.report": ("compte rendu", "report"),
    "field.party": ("partie", "party"),
    "field.court": ("juridiction", "court"),
    "field.charge": ("chef", "charge"),
    "field.ruling": ("décision", "ruling"),
    # record modal
    "record.ruling_title": ("Enregistrer une décision", "Record a ruling"),
    "record.hearing_title": ("Enregistrer une audience", "Record a hearing"),
    "record.correct_ruling_title": ("Corriger une décision", "Correct a ruling"),
    "record.correct_hearing_title": ("Corriger une audience", "Correct a hearing"),
    "record.correct_note": (
        "L'entrée d'origine est conservée ; la correction l'emporte et sera marquée manuelle.",
        "The original entry is kept; the correction wins and is marked manual.",
    ),
    "record.read_as": ("Lu dans le compte rendu : « {words} »", "Read in the report: “{words}”"),
    "record.date": ("Date", "Date"),
    "record.date_placeholder": ("AAAA-MM-JJ", "YYYY-MM-DD"),
    "record.kind": ("Nature de la décision", "Kind of ruling"),
    "record.party": ("Partie concernée (facultatif)", "Party concerned (optional)"),
    "record.sentence": ("Peine prononcée (facultatif)", "Sentence pronounced (optional)"),
    "record.note": ("Note (facultatif)", "Note (optional)"),
    "record.purpose": ("Objet de l'audience (facultatif)", "Purpose of the hearing (optional)"),
    "record.save": ("Enregistrer", "Save"),
    "record.cancel": ("Annuler", "Cancel"),
    "record.bad_date": ("Date invalide : AAAA-MM-JJ attendu", "Invalid date: YYYY-MM-DD expected"),
    "record.need_kind": ("Choisissez la nature de la décision", "Choose the kind of ruling"),
    "record.saved": ("Enregistré", "Saved"),
    # confirm
    "confirm.yes": ("Oui", "Yes"),
    "confirm.no": ("Non", "No"),
    # import
    "import.title": ("Importer des comptes rendus", "Import reports"),
    "import.path": ("Fichier ou dossier", "File or folder"),
    "import.start": ("Importer", "Import"),
    "import.close": ("Fermer", "Close"),
    "import.missing": ("Introuvable : {path}", "Not found: {path}"),
    "import.nothing": ("Aucun compte rendu dans {path}", "No report in {path}"),
    "import.done": (
        "Terminé : {files} fichier(s), {cases} nouvelle(s) affaire(s), {hearings} audience(s), "
        "{rulings} décision(s), {failed} échec(s)",
        "Done: {files} file(s), {cases} new case(s), {hearings} hearing(s), {rulings} ruling(s), "
        "{failed} failure(s)",
    ),
    "ingest.new": ("nouveau", "new"),
    "ingest.updated": ("mis à jour", "updated"),
    "ingest.duplicate": ("déjà importé", "already imported"),
    "ingest.failed": ("échec", "failed"),
    "ingest.not_court": ("pas un compte rendu d'audience", "not a court report"),
    # what's new
    "new.title": ("Nouveautés depuis {since}", "What's new since {since}"),
    "new.nothing": ("Rien de nouveau.", "Nothing new."),
    "new.cases": ("Nouvelles affaires", "New cases"),
    "new.scheduled": ("Audiences programmées", "Newly scheduled hearings"),
    "new.moved": ("Renvois", "Adjourned to a new date"),
    "new.rulings": ("Nouvelles décisions", "New rulings"),
    "new.moved_from": ("{date} (au lieu du {previous})", "{date} (was {previous})"),
    "feeds.title": ("Flux", "Feeds"),
    "feeds.none": ("Aucun flux (docket feeds add URL).", "No feeds (docket feeds add URL)."),
    "feeds.ok": ("dernier succès {when}", "last success {when}"),
    "feeds.never": ("jamais relevé", "never polled"),
    "feeds.failing": ("{count} échec(s) : {error}", "{count} failure(s): {error}"),
}

_LANGS = ("fr", "en")


def resolve_locale(requested: str | None) -> Locale:
    """The locale from `--locale`, else from the environment; English when neither names a known one."""
    for candidate in (requested, default_locale()):
        if not candidate:
            continue
        try:
            return Locale.parse(candidate.split(".")[0].replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


Result = TypeVar("Result")


def _memo(method: Callable[..., Result]) -> Callable[..., Result]:
    """Babel takes a fraction of a millisecond for each date it formats; a page of hearings formats
    the same few days again and again (and again at each resize): remember them per translator."""

    @wraps(method)
    def cached(self: Translator, *args: object) -> Result:
        key = (method.__name__, *args)
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[key] = method(self, *args)
            return value

    return cached


class Translator:
    """UI strings and dates in one locale."""

    def __init__(self, locale: Locale | str | None = None) -> None:
        parsed = locale if isinstance(locale, Locale) else resolve_locale(locale)
        # Dates follow the UI language: a German locale gets English strings, so English dates too.
        self.locale = parsed if parsed.language in _LANGS else Locale.parse("en")
        self.lang = self.locale.language
        self._column = _LANGS.index(self.lang)
        self._memo: dict[tuple[object, ...], object] = {}

    def __call__(self, key: str, **values: object) -> str:
        text = STRINGS[key][self._column]
        return text.format(**values) if values else text

    def label(self, text: str) -> str:
        """'Chefs : ' in French (a space before the colon), 'Charges: ' in English."""
        return f"{text} : " if self.lang == "fr" else f"{text}: "

    def maybe(self, key: str, fallback: str) -> str:
        """The translation of `key` when the table has it (store vocabularies may grow), else `fallback`."""
        return self(key) if key in STRINGS else fallback

    def ruling_kind(self, kind: str) -> str:
        return self.maybe(f"kind.{kind}", kind.replace("_", " "))

    def status(self, status: str) -> str:
        return self.maybe(f"status.{status}", status)

    def role(self, role: str) -> str:
        return self.maybe(f"role.{role}", role.replace("_", " "))

    @_memo
    def date(self, day: dt.date | None) -> str:
        """'lun. 20 oct. 2025' / 'Mon 20 Oct 2025'."""
        if day is None:
            return self("case.undated")
        return format_date(day, "EEE d MMM y", locale=self.locale)

    @_memo
    def short_date(self, day: dt.date | None) -> str:
        if day is None:
            return "—"
        return format_date(day, "d MMM y", locale=self.locale)

    @_memo
    def relative(self, day: dt.date, today: dt.date) -> str:
        """'aujourd'hui', 'demain', 'dans 3 jours', 'il y a 2 semaines'."""
        days = (day - today).days
        if days == 0:
            return self("when.today")
        if days == 1:
            return self("when.tomorrow")
        if days == -1:
            return self("when.yesterday")
        # threshold 2: days up to two weeks, then weeks, months, years, as people say them.
        return format_timedelta(
            dt.timedelta(days=days), granularity="day", threshold=2, add_direction=True, locale=self.locale
        )

    @_memo
    def group(self, day: dt.date, today: dt.date) -> str:
        """The heading a hearing on `day` goes under."""
        days = (day - today).days
        if days == 0:
            return self("group.today")
        if days == 1:
            return self("group.tomorrow")
        if 0 < days < 7:
            return self("group.week")
        # Far or past hearings may be thousands: one heading per month keeps the list scannable.
        month = format_date(day, "MMMM y", locale=self.locale)
        return f"{self('group.past' if days < 0 else 'group.later')} · {month}"

    @_memo
    def day_heading(self, day: dt.date, today: dt.date, count: int | None = None) -> str:
        """'Lundi 20 octobre · 3 audiences'; 'Aujourd'hui · mardi 7 octobre · …' and 'Demain · …' named;
        the year when it is not this year's."""
        pattern = "EEEE d MMMM" if day.year == today.year else "EEEE d MMMM y"
        name = format_date(day, pattern, locale=self.locale)
        days = (day - today).days
        if days in (0, 1):
            parts = [self("group.today" if days == 0 else "group.tomorrow"), name]
        else:
            parts = [name[:1].upper() + name[1:]]
        if count:
            parts.append(self("group.hearings_one" if count == 1 else "group.hearings_many", count=count))
        return " · ".join(parts)

    @_memo
    def list_date(self, day: dt.date, today: dt.date) -> str:
        """Weekday and date in at most 15 cells, as the locale writes them: 'lun. 20 oct.' this year,
        'mar. 03/02/2026' / 'Tue, 2/3/2026' another year."""
        skeleton = "MMMEd" if day.year == today.year else "yMEd"
        return format_skeleton(skeleton, day, locale=self.locale)
