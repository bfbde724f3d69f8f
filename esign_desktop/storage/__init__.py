"""The local store: SQLite (accounts, envelope cache, drafts, outbox, layouts, events), keyring secrets,
typed settings and the data folder's paths. No Qt, no network. See docs/storage.md.

    store = LocalStore.open()               # paths from ESIGN_DESKTOP_HOME or platformdirs
    draft = store.drafts.save(envelope, {document.id: chosen_pdf})
    secrets = SecretStore()                 # keyring, or memory only: check secrets.is_persistent()
    settings = SettingsStore(store.paths.settings_file()).load()
"""
