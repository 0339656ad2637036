"""import drafts keep the admin's corrections and an expiry: import_drafts.data, expires_at

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

The review step edits a draft before it is saved (units, deadlines, content, dropped and added
tasks, name mappings); the corrected draft is kept as JSON beside the document text, and a draft
left unsaved expires at a stated time.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('import_drafts') as batch_op:
        batch_op.add_column(sa.Column('data', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('import_drafts') as batch_op:
        batch_op.drop_column('expires_at')
        batch_op.drop_column('data')
