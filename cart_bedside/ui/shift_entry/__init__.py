"""The shift entry (issue 4): vitals → oxygen & vasopressors → neuro → fluids → review.

``ShiftEntryWidget(session, episode_id)`` is the screen; the pages, the step
bar and the two dialogs are one class per module; ``state`` holds the form as
plain data for drafts and for the logic records.
"""

from .flow import ShiftEntryWidget
from .state import FORM, ShiftEntryState

__all__ = ["FORM", "ShiftEntryState", "ShiftEntryWidget"]
