pytest_plugins = ["tests.hulp.postgres"]
