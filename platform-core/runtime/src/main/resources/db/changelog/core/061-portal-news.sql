--liquibase formatted sql

--changeset gridx:core-061-news-item
-- News of the street (街道动态) on its public home page, published by the tenant administrator or a grid
-- specialist. Withdrawn items stay (withdrawn_at set) so what was once public can still be accounted for.
CREATE TABLE news_item (
    tenant_id     varchar(63)   NOT NULL REFERENCES tenant (code),
    id            uuid          NOT NULL,
    title_zh      varchar(120)  NOT NULL CHECK (length(trim(title_zh)) > 0),
    title_en      varchar(120),
    body_zh       varchar(4000) NOT NULL CHECK (length(trim(body_zh)) > 0),
    body_en       varchar(4000),
    published_by  varchar(64)   NOT NULL,
    published_at  timestamptz   NOT NULL,
    withdrawn_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, published_by) REFERENCES account (tenant_id, username)
);
CREATE INDEX news_item_public ON news_item (tenant_id, published_at DESC) WHERE withdrawn_at IS NULL;
SELECT gridx_tenant_table('news_item', '${app_role}');
