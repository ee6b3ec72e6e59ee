"""The patient record tabs (issue 5): medications, labs, history, alerts & tasks, co-sign.

Each is built with the session and the episode id and reads through the
record and alert services (roles are enforced there); after a write it calls
``session.notify_saved(episode_id)`` so the header, the board and the other
tabs redraw.
"""

from .alerts_tasks_tab import AlertsTasksTab
from .cosign_dialog import CosignDialog
from .history_tab import HistoryTab
from .labs_tab import LabsTab
from .medications_tab import MedicationsTab

__all__ = ["AlertsTasksTab", "CosignDialog", "HistoryTab", "LabsTab", "MedicationsTab"]
