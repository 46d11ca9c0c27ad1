package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A topic (子主题) under a dimension, such as KPI_DESIGN. */
@Entity
@Table(name = "topic")
public class Topic extends TenantOwned {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dimension_id", nullable = false)
    public Dimension dimension;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int position;

    @Column(name = "name_zh_cn", nullable = false)
    public String nameZhCn;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_zh_cn", nullable = false)
    public String descriptionZhCn;

    @Column(name = "description_en")
    public String descriptionEn;

    @Version
    @Column(nullable = false)
    public long version;
}
