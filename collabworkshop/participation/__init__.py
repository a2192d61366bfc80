"""Participants join from their phones: the small web server on the
laptop (aiohttp in a worker thread with its own event loop), its secrets,
limits and message checks, the device registry and the choice of network
address. Qt-free; the Qt bridge is ``controller/participation.py``.
The protocol is written down in docs/participants-protocol.md.
"""
