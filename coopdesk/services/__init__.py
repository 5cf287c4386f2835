"""Use cases. Each call is one unit of work, checks the actor, and returns frozen domain records."""
