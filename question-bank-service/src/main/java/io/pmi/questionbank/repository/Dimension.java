package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.TenantOwned;
import io.pmi.questionbank.domain.LocalizedTexts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dimension (维度) of the interview, such as GOALS; the six of them are seeded in the built-in library.
 * Its topics are those of the library and of the caller's tenant.
 */
@Entity
@Table(name = "dimension")
public class Dimension extends TenantOwned {

    @Id
    public String id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int position;

    /** One of the four dimensions every published guide must cover. */
    @Column(nullable = false)
    public boolean core;

    @Column(name = "name_zh_cn", nullable = false)
    public String nameZhCn;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_zh_cn", nullable = false)
    public String descriptionZhCn;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @OneToMany(mappedBy = "dimension")
    @Filter(name = TenantOwned.FILTER)
    @OrderBy("position, code")
    public List<Topic> topics = new ArrayList<>();

    /** The dimension's name as stored bilingual text. */
    public Map<String, String> names() {
        return LocalizedTexts.of(nameZhCn, nameEn);
    }
}
