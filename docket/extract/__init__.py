"""From one article's text to its cases, stage by stage.

mentions (sentences and their dates) → courts → names (who a capitalised run names) → roles (what a
mention says of a person) → people (one person however often named, lists sharing a role) → charges →
clauses (decisions versus requests, the court as subject) → rulings → hearings → assemble (one case per
court the article follows). `pipeline.extract_cases` runs them in that order.
"""

from docket.extract.pipeline import extract_cases

__all__ = ["extract_cases"]
