"""Queries and writes, one module per aggregate. Take a Session, return plain values or ORM rows."""
