"""organizations record which catalog generation their units follow: organizations.model

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Since 1/7/2025 local government has two levels and the party boards and the Front were reorganised;
new organizations are seeded from the current catalog ("2025"). Every organization that exists
when this runs was seeded from the pre-2025 catalog, so it gets "truoc_2025" and keeps its units as
they are; `dondoc org chuyen-mo-hinh` moves one to the current model when its admin chooses.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('organizations') as batch_op:
        batch_op.add_column(sa.Column('model', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False,
                                      server_default='truoc_2025'))


def downgrade() -> None:
    with op.batch_alter_table('organizations') as batch_op:
        batch_op.drop_column('model')
