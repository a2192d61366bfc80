"""The session's edits as the workshop names them, without Qt.

``operations/`` holds one plain function per user intent (place a token,
hide a round, add a participant, ...): it checks the intent's rule against
the session and builds the :class:`~collabworkshop.model.changes.Change`
that performs it, or raises :class:`OperationRefused` with a message for the
user. ``record`` holds what the controller broadcasts after every executed
change: a :class:`ChangeRecord` naming the parts and keys that changed and
the :class:`Origin` of the edit.
"""

from .operations import OperationRefused
from .record import ChangeRecord, Origin, record_of

__all__ = ["ChangeRecord", "OperationRefused", "Origin", "record_of"]
