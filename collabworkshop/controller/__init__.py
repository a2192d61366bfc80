"""The open session as a Qt object: :class:`SessionController`
(``session_controller``) owns the model, the undo stack and the working copy
and runs every named operation; ``factory`` is the one place a controller is
built (new, open, sample, follow-up, recovery); ``locks`` keep a session
file open in one window only; ``recovery`` finds and recovers sessions a
crashed run left behind. Qt Core only: no widgets, nothing from ``ui``."""
