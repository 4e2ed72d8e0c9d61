"""Paper layouts of trip reports, one small written fixture each: titles, authors and code links.

Each row was first run before the rule it needed existed (see the commit that added it); the rows
that already passed guard the layouts against later rules. Made-up titles and names."""
import pytest

from extract.extraction import extract_text


def _read(text):
    if text.startswith("<html"):
        from extract.text.ingest import html_to_text

        text = html_to_text(text)
    return text


KNOWN_MISSES = {
    'plain lines: names, then the title, no blank lines':
        'each title line reads the next record\'s name under it as its byline; which way the lines pair is '
        'only told by the first line of the paragraph',
}


LAYOUTS = [
    ('bold by links', 'code',
     '## Highlights\n\n**Widget Nets for Gizmo Parsing** by Ana Souza, Ben Park ([paper](https://arxiv.org/abs/2601.00001), [code](https://github.com/asouza/wn))\n\n**Sparse Gizmo Attention at Scale** by Chen Wei and Dana Levi ([paper](https://arxiv.org/abs/2601.00002))\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('italic emdash etal affil', 'code',
     '## Papers\n\n1. *Widget Nets for Gizmo Parsing* — Ana Souza et al. (Google)\n2. *Sparse Gizmo Attention at Scale* — Chen Wei et al. (Meta)\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei'], []]}),
    ('title (names) arxiv', 'code',
     '## Posters\n\n- Widget Nets for Gizmo Parsing (Ana Souza, Ben Park) [arXiv](https://arxiv.org/abs/2601.00001)\n- Sparse Gizmo Attention at Scale (Chen Wei, Dana Levi) [arXiv](https://arxiv.org/abs/2601.00002)\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('link by surname etal', 'code',
     '## Favourites\n\n- [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) by Souza et al.\n- [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) by Wei et al.\n',
     {'Widget Nets for Gizmo Parsing': [['Souza'], []], 'Sparse Gizmo Attention at Scale': [['Wei'], []]}),
    ('plain paragraphs', 'code',
     'Papers I saw\n\nWidget Nets for Gizmo Parsing\nAna Souza, Ben Park\nGoogle Research\n\nSparse Gizmo Attention at Scale\nChen Wei, Dana Levi\nMeta AI\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('citation line code', 'code',
     '## Reading list\n\n- Widget Nets for Gizmo Parsing. Ana Souza, Ben Park. WidgetConf 2031. [code](https://github.com/asouza/wn)\n- Sparse Gizmo Attention at Scale. Chen Wei, Dana Levi. WidgetConf 2031.\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('blockquote', 'code',
     '## Best papers\n\n> **Widget Nets for Gizmo Parsing**\n> Ana Souza, Ben Park\n\n> **Sparse Gizmo Attention at Scale**\n> Chen Wei, Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('paren numbered', 'code',
     'Orals I liked:\n\n(1) Widget Nets for Gizmo Parsing, Ana Souza and Ben Park, WidgetConf 2031.\n(2) Sparse Gizmo Attention at Scale, Chen Wei and Dana Levi, WidgetConf 2031.\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('emoji fields', 'code',
     '## Day 2\n\n📄 Widget Nets for Gizmo Parsing\n👥 Ana Souza, Ben Park\n💻 https://github.com/asouza/wn\n\n📄 Sparse Gizmo Attention at Scale\n👥 Chen Wei, Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('paren number dash', 'code',
     'Top papers\n1) Widget Nets for Gizmo Parsing - Ana Souza, Ben Park\n2) Sparse Gizmo Attention at Scale - Chen Wei, Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('html li b br', 'code',
     "<html><body><h2>Papers</h2><ul><li><b>Widget Nets for Gizmo Parsing</b><br>Ana Souza, Ben Park<br><a href='https://github.com/asouza/wn'>code</a></li><li><b>Sparse Gizmo Attention at Scale</b><br>Chen Wei, Dana Levi</li></ul></body></html>",
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('prose presented', 'code',
     'On Tuesday, Ana Souza presented Widget Nets for Gizmo Parsing, which parses gizmos with widgets. Later, Chen Wei and Dana Levi presented their paper "Sparse Gizmo Attention at Scale".\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('heading venue authors', 'code',
     '## Widget Nets for Gizmo Parsing (WidgetConf 2031)\n*Ana Souza, Ben Park*\n\nThey parse gizmos.\n\n## Sparse Gizmo Attention at Scale (WidgetConf 2031)\n*Chen Wei, Dana Levi*\n\nAttention, but sparse.\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    ('by names affil', 'authors',
     '## Talks I liked\n\nWidget Nets for Gizmo Parsing\nby Ana Souza, Ben Park (Google), Chen Wei (MIT)\n\nSparse Gizmo Attention at Scale\nby Dana Levi (ETH), Eli Cohen (Meta)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('bold surnames bracket', 'authors',
     '## Papers\n\n- **Widget Nets for Gizmo Parsing** (Souza, Park, and Wei)\n- **Sparse Gizmo Attention at Scale** (Levi and Cohen)\n',
     {'Widget Nets for Gizmo Parsing': ['Souza', 'Park', 'Wei'], 'Sparse Gizmo Attention at Scale': ['Levi', 'Cohen']}),
    ('initials dash', 'authors',
     '## Papers\n\n- Widget Nets for Gizmo Parsing — A. Souza, B. Park, C. Wei\n- Sparse Gizmo Attention at Scale — D. Levi, E. Cohen\n',
     {'Widget Nets for Gizmo Parsing': ['A. Souza', 'B. Park', 'C. Wei'], 'Sparse Gizmo Attention at Scale': ['D. Levi', 'E. Cohen']}),
    ('apa', 'authors',
     '## References\n\n- Souza, A., Park, B., & Wei, C. (2031). Widget Nets for Gizmo Parsing. NeurIPS.\n- Levi, D., & Cohen, E. (2031). Sparse Gizmo Attention at Scale. NeurIPS.\n',
     {'Widget Nets for Gizmo Parsing': ['A. Souza', 'B. Park', 'C. Wei'], 'Sparse Gizmo Attention at Scale': ['D. Levi', 'E. Cohen']}),
    ('ieee', 'authors',
     '## References\n\n[1] A. Souza, B. Park, and C. Wei, "Widget Nets for Gizmo Parsing," in Proc. NeurIPS, 2031.\n[2] D. Levi and E. Cohen, "Sparse Gizmo Attention at Scale," in Proc. NeurIPS, 2031.\n',
     {'Widget Nets for Gizmo Parsing': ['A. Souza', 'B. Park', 'C. Wei'], 'Sparse Gizmo Attention at Scale': ['D. Levi', 'E. Cohen']}),
    ('superscripts', 'authors',
     '## Posters\n\n- Widget Nets for Gizmo Parsing\n  - Authors: Ana Souza¹, Ben Park², Chen Wei¹\n- Sparse Gizmo Attention at Scale\n  - Authors: Dana Levi¹, Eli Cohen¹\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('pipes', 'authors',
     '## Papers\n\nWidget Nets for Gizmo Parsing | Ana Souza, Ben Park | [paper](https://arxiv.org/abs/2601.00001)\n\nSparse Gizmo Attention at Scale | Dana Levi, Eli Cohen | [paper](https://arxiv.org/abs/2601.00002)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('stars', 'authors',
     '## Papers\n\n- Widget Nets for Gizmo Parsing (Ana Souza\\*, Ben Park\\*, Chen Wei)\n- Sparse Gizmo Attention at Scale (Dana Levi\\*, Eli Cohen)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('handles', 'authors',
     '## Papers\n\n- Widget Nets for Gizmo Parsing, by Ana Souza (@asouza) and Ben Park (@bpark)\n- Sparse Gizmo Attention at Scale, by Dana Levi (@dlevi)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Dana Levi']}),
    ('table surname etal', 'authors',
     '| Paper | Authors | Link |\n|---|---|---|\n| Widget Nets for Gizmo Parsing | Souza et al. | [pdf](https://arxiv.org/abs/2601.00001) |\n| Sparse Gizmo Attention at Scale | Levi and Cohen | [pdf](https://arxiv.org/abs/2601.00002) |\n',
     {'Widget Nets for Gizmo Parsing': ['Souza'], 'Sparse Gizmo Attention at Scale': ['Levi', 'Cohen']}),
    ('vancouver', 'authors',
     '## Papers\n\n1. Widget Nets for Gizmo Parsing. Souza A, Park B, Wei C. NeurIPS 2031.\n2. Sparse Gizmo Attention at Scale. Levi D, Cohen E. NeurIPS 2031.\n',
     {'Widget Nets for Gizmo Parsing': ['Souza A', 'Park B', 'Wei C'], 'Sparse Gizmo Attention at Scale': ['Levi D', 'Cohen E']}),
    ('author institute fields', 'authors',
     '# Industry papers at WidgetConf 2031\n\n1. [Widget Nets for Gizmo Parsing](https://arxiv.org/pdf/2601.00001.pdf)  \nAuthor(Institute): Ana Souza(Widgetco); Ben Park (Gizmo Labs)  \nKeyWords: widgets; gizmos  \nDataset: GizmoBank  \n\n'
     '2. [Sparse Gizmo Attention at Scale](https://arxiv.org/pdf/2601.00002.pdf)  \nAuthor(Institute): CHEN WEI(Gizmo Labs)  \nKeyWords: attention  \nDataset: WidgetSet; GizmoBank  \n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['CHEN WEI']}),
    ('review note fields', 'authors',
     '# Widget Nets for Gizmo Parsing\n\n- Paper : <https://doi.org/10.1145/1234567.7654321>\n- Authors : Ana Souza, Ben Park, Chen Wei\n- Reviewer : dlevi\n\n## Summary\n\n- They parse gizmos with widgets.\n\n### Contribution\n\n- Gizmo Parsing Without Labels\n  - no labels needed\n- Widget Transfer Across Domains\n  - works on new domains\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    ('cjk author cue', 'authors',
     '# WidgetConf 2031 论文\n\n12.Widget Nets for Gizmo Parsing（小工具）<br>\n作者：Jinwoo Park, Ana Souza, Jihoon Park<br>\n论文链接：https://arxiv.org/abs/2601.00001<br><br>\n\n'
     '13.Sparse Gizmo Attention at Scale<br>\n作者：Yeon Kun Lee\u2003Chen Wei <br>\n论文链接：https://arxiv.org/abs/2601.00002<br><br>\n',
     {'Widget Nets for Gizmo Parsing': ['Jinwoo Park', 'Ana Souza', 'Jihoon Park'], 'Sparse Gizmo Attention at Scale': ['Yeon Kun Lee', 'Chen Wei']}),
    ('one name a line', 'authors',
     '## Orals\n\n10:05 am : West Hall C\\\n[Widget Nets for Gizmo Parsing](https://widgetconf.cc/Conferences/2031/ScheduleMultitrack?event=101)\\\n[3 min video](https://www.youtube.com/watch?v=abc)\\\n'
     'Jinwoo Tanaka (Widgetco)\\\nBen Park (Gizmo Labs)\\\nSatya Rao Gorti (Widgetco)\\\n**Chen Wei (Gizmo Labs)**\n\nNotes:\n\nWidgets parse gizmos.\n\n'
     '[Sparse Gizmo Attention at Scale](https://widgetconf.cc/Conferences/2031/ScheduleMultitrack?event=102)\\\n[slides](https://drive.google.com/file/d/xyz/view)\\\n[Poster](https://example.org/poster.pdf)\\\n'
     'Dana Levi\\\nEli Cohen\\\nFay Wong\n\nNotes:\n\nSparse, but attends.\n',
     {'Widget Nets for Gizmo Parsing': ['Jinwoo Tanaka', 'Ben Park', 'Satya Rao Gorti', 'Chen Wei'],
      'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen', 'Fay Wong']}),
    ('heading over names a line', 'authors',
     '## Papers I liked\n\n### Widget Nets for Gizmo Parsing\nAna Souza\nBen Park\nChen Wei\n\n### Sparse Gizmo Attention at Scale\nDana Levi\nEli Cohen\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('nested items of names', 'authors',
     '## Posters\n\n- Widget Nets for Gizmo Parsing\n  - Ana Souza\n  - Ben Park\n  - Chen Wei\n- Sparse Gizmo Attention at Scale\n  - Dana Levi\n  - Eli Cohen\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('numbered stop bold first author', 'authors',
     '## Orals\n\n1. Widget Nets for Gizmo Parsing. **Ana Souza**, Ben Park.\n2. Sparse Gizmo Attention at Scale. **Chen Wei**, Dana Levi.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi']}),
    ('comma from names', 'authors',
     '## Papers\n\n- Widget Nets for Gizmo Parsing, from Ana Souza and Ben Park\n- Sparse Gizmo Attention at Scale, from Chen Wei and Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi']}),
    ('heading then para names', 'authors',
     '### Widget Nets for Gizmo Parsing\n\nAna Souza, Ben Park, Chen Wei\n\nThis paper parses gizmos.\n\n### Sparse Gizmo Attention at Scale\n\nDana Levi, Eli Cohen\n\nThis one attends sparsely.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('anchor wrapped over two lines', 'authors',
     '## Prosody\n\n[Widget Prosody Transfer for Neural\nGizmo-to-Speech Synthesis](https://example.org/archive/pdfs/1.pdf)\n  - Problem: gizmos leak\n\n'
     '[Sparse Gizmo Attention for\nLong Speech Inputs](https://example.org/archive/pdfs/2.pdf)\n  - faster\n',
     {'Widget Prosody Transfer for Neural Gizmo-to-Speech Synthesis': [], 'Sparse Gizmo Attention for Long Speech Inputs': []}),
    ('venue tag glued before title', 'authors',
     '## Reading list\n\n  - [EMNLP20]Widget Nets for Gizmo Parsing\n  - [ACL20]Lifelong Gizmo Knowledge Distillation\n'
     '  - [EMNLP20]Few-Shot Learning for Widget Summarization\n',
     {'Widget Nets for Gizmo Parsing': [], 'Lifelong Gizmo Knowledge Distillation': [], 'Few-Shot Learning for Widget Summarization': []}),
    ('venue year colon before title', 'authors',
     '## Reading list\n\n- ICLR 2031: Widget Nets for Gizmo Parsing\n- CVPR 2031: Sparse Gizmo Attention at Scale\n'
     '- ICML 2031: Lifelong Gizmo Knowledge Distillation\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': [], 'Lifelong Gizmo Knowledge Distillation': []}),
    ('bold title over quoted reference', 'authors',
     '- **Widget Nets for Gizmo Parsing.**\n    > Ana Souza, Ben Park, Chen Wei, etc. Widget Nets for Gizmo Parsing. in WidgetConf \'31: The 9th International '
     'Conference on Research and Development in Widget Retrieval, Virtual Event, Atlantis, July 11-15, 2031(WidgetConf\' 31). 1-10. '
     '[paper](https://doi.org/10.1145/0000000.0000001)\n\n'
     '- **Sparse Gizmo Attention at Scale.**\n    > Dana Levi, Eli Cohen. Sparse Gizmo Attention at Scale. in WidgetConf \'31: The 9th International '
     'Conference on Research and Development in Widget Retrieval, Virtual Event, Atlantis, July 11-15, 2031(WidgetConf\' 31). 11-20. '
     '[paper](https://doi.org/10.1145/0000000.0000002)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('virtual conference paper pages', 'authors',
     '## Papers\n\n### Machine Learning for NLP\n\n- [With Little Gizmo Comes Great Widget Responsibility](https://virtual.2031.widgetconf.org/paper_main.101.html)\n'
     '- [Widget Nets for Gizmo Parsing](https://virtual.2031.widgetconf.org/paper_main.102.html)\n'
     '- [Sparse Gizmo Attention at Scale](https://virtual.2031.widgetconf.org/paper_main.103.html)\n',
     {'With Little Gizmo Comes Great Widget Responsibility': [], 'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': []}),
    ('bold title by italic first author', 'authors',
     '# reading list\n## A\n- [ ] **Widget Nets for Gizmo Parsing** by *Ana Souza*, Ben Park, Chen Wei, \n'
     '- [x] **Sparse Gizmo Attention at Scale** by *Dana Levi*, Eli Cohen, \n'
     '- [ ] **"Why is \'Gizmo\' deceptive?" Towards Building Widget Tutorials for Humans** by *Fay Wong*, Gus Moreno, \n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen'],
      '"Why is \'Gizmo\' deceptive?" Towards Building Widget Tutorials for Humans': ['Fay Wong', 'Gus Moreno']}),
    ('title and a long author list', 'authors',
     '## Papers\n\n- **"I Just Want to Parse Widgets": Evaluating Gizmo Interventions for Self-Control** by *Ana Souza*, Ben Park, '
     'Chen Wei, Dana Levi, Eli Cohen, Fay Wong, Gus Moreno, Hal Stone, Ida Berg, Jon Snow, Kai Lee, Lia Rossi, Omar Haddad, \n'
     '- **Sparse Gizmo Attention at Scale** by *Sara Ahmed*, Marta Kowalski, \n',
     {'"I Just Want to Parse Widgets": Evaluating Gizmo Interventions for Self-Control':
      ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi', 'Eli Cohen', 'Fay Wong', 'Gus Moreno', 'Hal Stone', 'Ida Berg', 'Jon Snow', 'Kai Lee',
       'Lia Rossi', 'Omar Haddad'],   # (every name of a byline that runs to the line's end)
      'Sparse Gizmo Attention at Scale': ['Sara Ahmed', 'Marta Kowalski']}),
    ('heading over authors and links fields', 'authors',
     '## Whose widgets are surveilled: an audit of a gizmo monitoring tool via log files\n**Authors**: Ana Souza, Ben Park, Chen Wei\n\n'
     '**Links**: [YouTube](https://www.youtube.com/watch?v=abc), [ACM DL](https://dl.acm.org/doi/abs/10.1145/0000000.0000001)\n\n'
     'The authors audit a tool that watches widgets. It was interesting.\n\n'
     '## Recommendations and user agency: the reachability of filtered gizmos\n**Authors**: Dana Levi, Eli Cohen\n\n'
     '**Links**: [YouTube](https://www.youtube.com/watch?v=def), [ACM DL](https://dl.acm.org/doi/abs/10.1145/0000000.0000002)\n\n'
     'They model what users can reach.\n',
     {'Whose widgets are surveilled: an audit of a gizmo monitoring tool via log files': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Recommendations and user agency: the reachability of filtered gizmos': ['Dana Levi', 'Eli Cohen']}),
    ('anchor wrapped after a colon', 'authors',
     '### General papers\n[Widget Self-Attention Network for Gizmo Localization in Videos](http://openaccess.example.org/papers/a.pdf)\n\n'
     '[Learning Fixed Widgets in Generative Gizmo Networks:\nFrom Widget Translation to Gizmo Detection](http://openaccess.example.org/papers/b.pdf)\n\n'
     'must read [Linearized Multi-Sampling for Differentiable Widget Transformation](http://openaccess.example.org/papers/c.pdf)\n',
     {'Widget Self-Attention Network for Gizmo Localization in Videos': [],
      'Learning Fixed Widgets in Generative Gizmo Networks: From Widget Translation to Gizmo Detection': [],
      'Linearized Multi-Sampling for Differentiable Widget Transformation': []}),
    ('heading over a bibtex author field', 'authors',
     '# Summaries of Papers\n---\n#### Loss Widgets, Gizmo Connectivity, and Fast Ensembling of DNNs\n'
     '_Authors:_ Garipov, Timur and Izmailov, Pavel and Vetrov, Dmitrii and Wilson, Andrew Gordon\n\n_Summary:_ It connects widgets.\n\n---\n'
     '#### Representer Point Selection for Explaining Gizmos\n_Authors:_ Yeh, Chih-Kuan and Kim, Joon Sik and Yen, Ian E. H. and Ravikumar, Pradeep\n\n'
     '_Summary:_ It selects points.\n',
     {'Loss Widgets, Gizmo Connectivity, and Fast Ensembling of DNNs': ['Timur Garipov', 'Pavel Izmailov', 'Dmitrii Vetrov', 'Andrew Gordon Wilson'],
      'Representer Point Selection for Explaining Gizmos': ['Chih-Kuan Yeh', 'Joon Sik Kim', 'Ian E. H. Yen', 'Pradeep Ravikumar']}),
    ('chicago references names over title', 'authors',
     '<html><body><h1>Papers List</h1><div id="refs"><div id="ref-A"><p>Souza, Ana, and Ben P. Park\n 2031.“<strong>Sanity Checks for '
     'Widget Maps</strong>.” <a href="http://arxiv.org/abs/2601.00001" class="uri">http://arxiv.org/abs/2601.00001</a>.</p></div>'
     '<div id="ref-B"><p>Wei, Chen, Dana Levi, and Eli Cohen\n 2031.“<strong>Towards Robust Gizmos with Self-Explaining Widget Networks'
     '</strong>.” <a href="http://arxiv.org/abs/2601.00002" class="uri">http://arxiv.org/abs/2601.00002</a>.</p></div>'
     '<div id="ref-C"><p>Wong, Fay et al.\n 2031.“<strong>Maximum Entropy Fine-Grained Widget Classification</strong>.” '
     '<a href="https://arxiv.org/abs/2601.00003" class="uri">https://arxiv.org/abs/2601.00003</a>.</p></div></div></body></html>',
     {'Sanity Checks for Widget Maps': ['Ana Souza', 'Ben P. Park'], 'Towards Robust Gizmos with Self-Explaining Widget Networks': ['Chen Wei', 'Dana Levi', 'Eli Cohen'],
      'Maximum Entropy Fine-Grained Widget Classification': ['Fay Wong']}),
    ('numbered heading over italic byline', 'authors',
     '## Talks That Caught My Attention\n\n### 1. Partially Ordering Widget Models with Latent Gizmos by their Equality Constraints\n*Thijs van Ommeren*\n\n'
     'I read his recent work several months ago.\n\n### 2. Shapeshifter: A Dynamic Widget-Restructuring Algorithm for Loopy Gizmos\n'
     '*Katerine Marí Sadie, Johan Adam du Plessis, Wim Brinkman*\n\nI found this paper very interesting.\n\n'
     '### 3. Climate Widgets (Invited Talk)\n*Marlene Kretschmar*\n\nThis invited talk inspired me.\n',
     {'Partially Ordering Widget Models with Latent Gizmos by their Equality Constraints': ['Thijs van Ommeren'],
      'Shapeshifter: A Dynamic Widget-Restructuring Algorithm for Loopy Gizmos': ['Katerine Marí Sadie', 'Johan Adam du Plessis', 'Wim Brinkman']}),
    ('table cell name comma affiliation br', 'authors',
     '| Year | Title | Authors |\n| --- | --- | --- |\n'
     '| 2031 | [Sparse Widget Kernels](https://arxiv.org/abs/2601.00001) | Ana Souza, Carnegie Widget University<br>Ben Park, University of Gizmos, Springfield<br>Chen Wei, Gizmo State University |\n'
     '| 2030 | Widget Nets for Gizmo Parsing | Dana Levi & Eli Cohen, Universidade Técnica de Widgets<br>Fay Wong, Institut für Gizmos |\n',
     {'Sparse Widget Kernels': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Widget Nets for Gizmo Parsing': ['Dana Levi', 'Eli Cohen', 'Fay Wong']}),
    ('one author alone in italics under a bold title', 'authors',
     '## Rendering\n\n**Widget Nets for Gizmo Parsing.**<br>\n*Takeshi Kanemura.*<br>\nWidgetConf 2031. [[PDF](https://arxiv.org/abs/2601.00001)]\n\n'
     '**Sparse Gizmo Attention at Scale.**<br>\n*Chen Wei, Dana Levi.*<br>\nWidgetConf 2031. [[PDF](https://arxiv.org/abs/2601.00002)]\n',
     {'Widget Nets for Gizmo Parsing': ['Takeshi Kanemura'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi']}),
    ('link anchor wrapped before a long comment', 'authors',
     '## Day 1\n\nTwo papers stood out for me:\n\n - [*Why Widgets? The Spread of Gizmo Parsing\nDuring the 2031 Widget Season*](https://dl.acm.org/citation.cfm?id=1) --- '
     'a bunch of folks give us some insights on the problem of gizmos in widget networks, and I think it points to the direction of '
     'trying to detect coordinated efforts to parse gizmos in the wild. It is very important work, and it was written in a very cautious manner, '
     'being very clear about the ups and downs of the analyses and the data collection process.\n',
     {'Why Widgets? The Spread of Gizmo Parsing During the 2031 Widget Season': []}),
    ('possessive name before a reference-style link', 'authors',
     'My **day 4** started early, followed by paper sessions. Papers that stood out on Wednesday include Ana Souza’s '
     '[_Widget Nets: Deformed Gizmo Spheres for Knowledge-Based Parsing_][3]_,_ a straight-forward yet effective way of picking a good widget '
     'given a clicked-on position in a gizmo view.\n\n [3]: http://www.example.org/publications/2031/souza-widget-nets/ "Link to deformed gizmo spheres on Widget Nets for Gizmo Parsing"\n',
     {'Widget Nets: Deformed Gizmo Spheres for Knowledge-Based Parsing': ['Ana Souza']}),
    ('html link in prose with its co-authors, and a newsletter', 'authors',
     'Among the papers that stood out at WidgetVis 2031 were two that shared an author, presented by the same person: '
     '<a href="http://www.example.org/~asouza/">Ana Souza</a>. These papers were <em><a href="http://www.example.org/~asouza/souza_park_wv31.pdf">'
     'Benefitting Widgets with Gizmo Difficulties</a></em> (with Ben Park and Chen Wei) and a second one I will come back to.\n\n'
     'In his <a href="http://www.example.org/articles/gizmo_difficulties.pdf">October/November 2031 Visual Widget Intelligence Newsletter</a>, '
     'Dana Levi attacked the paper at some length, based on a superficial reading of the paper that glosses over some important details.\n',
     {'Benefitting Widgets with Gizmo Difficulties': ['Ben Park', 'Chen Wei']}),
    ('hard-wrapped prose with a link across a line break', 'authors',
     'I just want to cover a few papers that stood out for me\n(in roughly chronological order):\n\n'
     'One of my favorite papers was presented early: [Scalable Widget and\nGizmo Detection in a Binary Rewriter](http://dl.acm.org/citation.cfm?id=1).  This work takes\n'
     '(stripped) widgets and converts them into gizmos with\nreasonable precision.  As the title hints, they recover many complex\n'
     'types, which is both impressive and necessary for many tools.  My own\nwork is on gizmos and having a tool like this would be very\nuseful.\n\n'
     'I could not digest the whole thing during the presentation, but [Monadic\nWidget Interpreters](http://dl.acm.org/citation.cfm?id=2)\n'
     'seemed very elegant.  I would like to spend some more time on that paper\nsoon, actually.  That said, I was more immediately excited about\nthe next one.\n',
     {'Scalable Widget and Gizmo Detection in a Binary Rewriter': [], 'Monadic Widget Interpreters': []}),
    ('quoted in prose, then a numbered reference with its names below', 'authors',
     'Session one is Widgets. I will look through these, especially the first paper, *"Sparse Widget Kernels for Gizmo Parsing"* [1] '
     'from Springfield, because widget memory seems to be a consensus pick for the next big thing.\n\n'
     'There is a paper in the Gizmos session that looks like a cool idea - *"A Framework for Unrestricted Whole-Gizmo Optimization"* [2].\n\n'
     '####References\n\n\n[1] "Sparse Widget Kernels for Gizmo Parsing"\nAna Souza, Ben Park, Chen Wei\n\n'
     '[2] "A Framework for Unrestricted Whole-Gizmo Optimization"\nDana Levi, Eli Cohen and Fay Wong\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'A Framework for Unrestricted Whole-Gizmo Optimization': ['Dana Levi', 'Eli Cohen', 'Fay Wong']}),
    ('linked title then a long byline in brackets', 'authors',
     'The following papers are ours:\n\n* [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) (Ana Souza, Ben Park, Chen Wei, '
     'Dana Levi, Eli Cohen, Fay Wong, Gus Moreno, Hal Stone, Ida Berg, Jon Snow, Kai Lee, Lia Rossi, Omar Haddad, Sara Ahmed) **Best paper nominee**\n'
     '* [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) (Marta Kowalski, Theo Souza)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi', 'Eli Cohen', 'Fay Wong', 'Gus Moreno', 'Hal Stone',
                                        'Ida Berg', 'Jon Snow', 'Kai Lee', 'Lia Rossi', 'Omar Haddad', 'Sara Ahmed'],
      'Sparse Gizmo Attention at Scale': ['Marta Kowalski', 'Theo Souza']}),
    ('names, a comma, then a quoted linked title and a sentence', 'authors',
     '## Evaluations\n\n* Ana Souza, Ben Park, Chen Wei, Dana M. E. Levi, Eli Cohen, Fay Wong, Gus Moreno, and Hal Stone, '
     '["WIDGETEX 2031: Gizmo Plugins from the Centre for Widgets"](http://example.org/abstracts/2031/CC1.pdf). Participated in the following tasks: '
     'Widget Structure Segmentation, Gizmo Onset Detection, Widget Tempo Estimation, Gizmo Key Detection, Widget Beat Tracking.\n'
     '* Ana Souza and Ben Park, ["Multiple-widget estimation and gizmo tracking using a state-based widget factorization model"]'
     '(http://example.org/abstracts/2031/BW1.pdf). Participated in the Multiple Widget Estimation and Gizmo Tracking task.\n',
     {'WIDGETEX 2031: Gizmo Plugins from the Centre for Widgets': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana M. E. Levi', 'Eli Cohen',
                                                                    'Fay Wong', 'Gus Moreno', 'Hal Stone'],
      'Multiple-widget estimation and gizmo tracking using a state-based widget factorization model': ['Ana Souza', 'Ben Park']}),
    ('title then a name and an affiliation in Chinese after full-width commas', 'authors',
     '### Session 1：Widgets\n\n- Widget Nets for Gizmo Parsing，王小明，示例大学\n\n'
     '- GizmoFit: Learning Multi-scale Widget-Convolutional Representation for Gizmo Normal Estimation with Sparse Widgets，李华，示例研究院\n\n'
     '  > 提出了一种方法\n\n- Sparse Gizmo Attention at Scale，张伟，示例大学\n',
     {'Widget Nets for Gizmo Parsing': [],
      'GizmoFit: Learning Multi-scale Widget-Convolutional Representation for Gizmo Normal Estimation with Sparse Widgets': [],
      'Sparse Gizmo Attention at Scale': []}),   # (names in Chinese characters: the scorer cannot match them, so none are taken)
    ('one title a line, each line broken hard', 'authors',
     'Oral collections of WidgetConf 2031!\n\nTrapping Widgets for Time of Flight  \nFeature Space Transfer for Gizmo Augmentation  \n'
     'Self-supervised Multi-level Widget Model Learning for Monocular Reconstruction at over 250Hz  \n'
     'GizmoSLAM --- Learning a Compact, Optimisable Representation for Dense Visual Widgets  \n'
     'FlipGizmo: A Generative Model for Two-Way Visual Widgets  \n',
     {'Trapping Widgets for Time of Flight': [], 'Feature Space Transfer for Gizmo Augmentation': [],
      'Self-supervised Multi-level Widget Model Learning for Monocular Reconstruction at over 250Hz': [],
      'GizmoSLAM --- Learning a Compact, Optimisable Representation for Dense Visual Widgets': [],
      'FlipGizmo: A Generative Model for Two-Way Visual Widgets': []}),
    ('lab post: heading, picture, author field, contact and links fields', 'code',
     '## List of Accepted Papers\n#### [Widget Genome: Gizmos as Compositions of Widget Graphs](http://openaccess.example.org/papers/widget.pdf)\n'
     '<img class="postimage_75" src="/assets/img/posts/img13"/>\n**Authors**: Ana Souza, Ben Park, Chen Wei\n'
     '<br>**Contact**: asouza@example.edu\n'
     '<br>**Links:** [Paper](http://openaccess.example.org/papers/widget.pdf) \\| [Virtual Conference Room](https://virtual.widgetconf.org/paper_main.55.html)\n'
     '<br>**Keywords**: widgets, gizmos\n<hr>\n'
     '#### [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002)\n<img class="postimage_75" src="/assets/img/posts/img11"/>\n'
     '**Authors**: Fay Wong, Gus Moreno\n<br>**Contact**: fwong@example.edu\n<br>**Links:** [Paper](https://arxiv.org/abs/2601.00002)\n<hr>\n'
     '#### Hierarchical Widgets: Self-Supervised Learning of Long-Horizon Gizmos\n'
     '[paper](https://arxiv.org/abs/2601.00001) \\| [blog post](https://widgets.example.edu/blog/hw) \\| [code](https://github.com/dlevi/hw)\n'
     '<br>  Dana Levi, Eli Cohen \\| _contact: dlevi@example.edu_<br>_keywords: visual planning; widgets_\n',
     {'Widget Genome: Gizmos as Compositions of Widget Graphs': [['Ana Souza', 'Ben Park', 'Chen Wei'], []],
      'Sparse Gizmo Attention at Scale': [['Fay Wong', 'Gus Moreno'], []],
      'Hierarchical Widgets: Self-Supervised Learning of Long-Horizon Gizmos': [['Dana Levi', 'Eli Cohen'], ['https://github.com/dlevi/hw']]}),
    ('lab post: an embedded video line over the author field, a list ending in a semicolon', 'authors',
     '## List of Accepted Papers\n#### [GizmoTI: Learning to Generalize across Long-Horizon Widgets](http://widgetproceedings.example.org/p061.pdf)\n'
     '<iframe width="100%" height="400px" src="https://www.youtube.com/embed/abc" frameborder="0" allowfullscreen></iframe>\n'
     '**Authors**: Ana Souza\\*, Ben Park\\*, Chen Wei, Dana Levi\n<br>**Contact**: asouza@example.edu\n<hr>\n'
     '#### [Robust Widgets Through Cross-Gizmo Consistency](http://openaccess.example.org/papers/rw.pdf)\n'
     '<img class="postimage_75" src="/assets/img/posts/img3"/>\n**Authors**: Eli Cohen, Fay Wong, Gus M. Moreno;\n<br>**Contact**: ecohen@example.edu\n<hr>\n',
     {'GizmoTI: Learning to Generalize across Long-Horizon Widgets': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi'],
      'Robust Widgets Through Cross-Gizmo Consistency': ['Eli Cohen', 'Fay Wong', 'Gus M. Moreno']}),
    ('names then one affiliation', 'authors',
     '## Papers\n\n**Widget Nets for Gizmo Parsing**\nAna Souza, Ben Park, Chen Wei, University of Gizmos\n\n**Sparse Widget Kernels**\nDana Levi, Eli Cohen — Widget Institute\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Widget Kernels': ['Dana Levi', 'Eli Cohen']}),
    ('numbered references, one a link without a title', 'code',
     '## References\n\n[1] Souza, Ana, et al. "Widget Nets for Gizmo Parsing." 2nd International Conference on Widget Representations, WCLR 2031. 2031.\n\n'
     '[2] Top Publications by Widget Scholar, [link](https://widgetlab.github.io/venues).\n\n'
     '[3] Park, Ben. "Sparse Gizmo Attention at Scale." Proceedings of WidgetConf 2031.\n\n'
     '[4] How we review widgets by Dana Levi, available at [link](https://dlevi.github.io/reviewing-widgets).\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza'], []], 'Sparse Gizmo Attention at Scale': [['Ben Park'], []]}),
    ('numbered list, a presentation label after a dash', 'authors',
     '## Papers\n\n1. Widget Nets for Gizmo Parsing\n2. Sparse Gizmo Attention at Scale - Spotlight Poster\n'
     '3. Learning Widgets from Gizmos - Oral\n4. Gizmo Kernels for Widget Search\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': [], 'Learning Widgets from Gizmos': [],
      'Gizmo Kernels for Widget Search': []}),
    ("Chicago reference: the first author's unknown given name turned round", 'authors',
     '## References\n\n[1] Qorvath, Zhen-Wu, Ana Souza, and Ben H. Park. "Widget Nets for Gizmo Parsing." arXiv preprint arXiv:3101.00001 (2031).\n\n'
     '[2] Levi, Dana. "Sparse Gizmo Attention at Scale." Proceedings of WidgetConf 2031.\n',
     {'Widget Nets for Gizmo Parsing': ['Zhen-Wu Qorvath', 'Ana Souza', 'Ben H. Park'], 'Sparse Gizmo Attention at Scale': ['Dana Levi']}),
    ('headings: an escaped, emphasised venue tag, then the linked title', 'code',
     '# Papers I bookmarked\n\n## \\[**WCLR 2031**\\] [Widget Nets for Gizmo Parsing](https://widgetlab.github.io/widget-nets/)\n\n'
     '## \\[**WCLR 2031 Oral**\\] [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/3101.00002)\n\n'
     '## \\[**GIZMO 2030**\\] [Learning Widgets from Gizmos](https://arxiv.org/abs/3001.00003)\n\n'
     '## \\[**WCLR 2031**\\] [Gizmo Kernels for Widget Search](https://github.com/asouza/gizmo-kernels)\n',
     # (the project page the first title links to is its site: a code URL, as GOLD_SCHEMA counts code/demo/site)
     {'Widget Nets for Gizmo Parsing': [[], ['https://widgetlab.github.io/widget-nets/']], 'Sparse Gizmo Attention at Scale': [[], []],
      'Learning Widgets from Gizmos': [[], []],
      'Gizmo Kernels for Widget Search': [[], ['https://github.com/asouza/gizmo-kernels']]}),
    ('award, quoted title, author field broken after a comma', 'authors',
     '## Awards\n\n🏆 **Best Paper:**  \n*“Widget Nets for Gizmo Parsing”*  \n**Authors:** Ana Souza, Ben Park (Widget University),  \n'
     'Chen Wei (Gizmo Labs)\n\n🏆 **Best Student Paper:**  \n*“Sparse Widget Kernels”*  \n**Authors:** Dana Levi, Eli Cohen (Widget Institute)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Widget Kernels': ['Dana Levi', 'Eli Cohen']}),
    ('award label, names, then the quoted title', 'authors',
     'Best short paper: Ana Souza et al. "Few-shot widget rewriting"\n\nShort paper honorable mention: Ben Park: "Gizmo recommendation with widget networks"\n\n'
     'WidgetConf 2031 Test of time award Honorable Mention 2: Chen Wei et al. WidgetConf 2008\n',
     {'Few-shot widget rewriting': ['Ana Souza'], 'Gizmo recommendation with widget networks': ['Ben Park']}),
    ('numbered headings, notes, a first-author field below', 'authors',
     '# Best papers\n\n## 1. Widget Nets for Gizmo Parsing\n\nA study of widgets. Use it as a building block.\n\n'
     'The architecture of a GizmoNet. The widget block serves as a mapping.\n\n**First author: Ana SOUZA\nHomepage | Website**\n\n'
     '## 2. Sparse Gizmo Attention at Scale\n\nGizmo attention scales (Levi et al., 2030) on large widget sets.\n\n**First author: Ben Park\nHomepage | Website**\n',
     {'Widget Nets for Gizmo Parsing': ['Ana SOUZA'], 'Sparse Gizmo Attention at Scale': ['Ben Park']}),
    ('headings, a note with a citation, an author field below', 'authors',
     '## Best papers\n\n## 1. Widget Nets for Gizmo Parsing\n\nThe architecture of a GizmoNet. The widget block serves as a mapping.\n\n'
     '**Authors: Ana Souza, Ben Park**\n\n## 2. Sparse Gizmo Attention at Scale\n\nGizmo attention on sets (Levi et al., 2030) on large widget sets.\n\n'
     'Authors: Chen Wei\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei']}),
    ('prose: a paper or poster, then its title to the full stop', 'authors',
     'We presented a poster Widget Nets for Gizmo Parsing. The goal is to parse.\n\n'
     'The best paper award went to the team for their paper Sparse Gizmo Attention: Learning Widgets using Context of Gizmos. It was great.\n\n'
     'There was a provocative poster Has Widget Search Improved Since 2001? which they showed.\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention: Learning Widgets using Context of Gizmos': [],
      'Has Widget Search Improved Since 2001?': []}),
    ('numbered headings, a checklist item repeating the title, fields', 'authors',
     '# WCLR 2031 Papers\n\n## 1. Gizmo Routing with Widget Experts and Modality-Aware MoE\n\n'
     '- [ ] Gizmo Routing with Widget Experts and Modality-Aware MoE | https://proceedings.example.org/paper/101\n\n'
     '- **Link**: https://proceedings.example.org/paper/101\n\n- **Conference**: WCLR\n\n- **Year**: 2031\n\n---\n\n'
     '## 2. Sparse Gizmo Attention at Scale\n\n- [ ] Sparse Gizmo Attention at Scale | https://proceedings.example.org/paper/102\n\n'
     '- **Link**: https://proceedings.example.org/paper/102\n',
     {'Gizmo Routing with Widget Experts and Modality-Aware MoE': [], 'Sparse Gizmo Attention at Scale': []}),
    ('linked bold titles in prose, a described paper linked mid-sentence', 'code',
     'Here are some papers I found interesting.\n\n[**Widget Nets for Gizmo Parsing**](https://dl.acm.org/doi/pdf/10.1145/3100000.3100001) revisits '
     'the comparison between widgets and gizmos.\n\nThe current paper reproduces the results from a [WidgetConf 2030 paper that compared widgets and '
     'gizmos,](https://dl.acm.org/doi/10.1145/3000000.3000002) and extends it.\n\n[**Sparse Gizmo Attention at Scale**](https://dl.acm.org/doi/pdf/10.1145/3100000.3100003) '
     'shares a few principles and a design for deploying widgets.\n',
     {'Widget Nets for Gizmo Parsing': [[], []], 'Sparse Gizmo Attention at Scale': [[], []]}),
    ('linked bold titles in prose, the code linked in the next paragraph', 'code',
     'Here are some papers I found interesting.\n\n[**Sparse Gizmo Attention at Scale**](https://dl.acm.org/doi/pdf/10.1145/3100000.3100003) shares a few '
     'principles and a design for deploying widgets.\n\nPrinciples include focusing on data quality. They also provide an [open-sourced implementation '
     'of a gizmo stack](https://github.com/asouza/sparse-gizmo) that goes from data ingestion (Widget Lambda) to serving (Gizmo Maker). Batteries '
     '(read: [open dataset with 30 million rows](https://arxiv.org/abs/3104.00001)) included.\n\n'
     '[**Learning Widgets from Gizmos**](https://dl.acm.org/doi/pdf/10.1145/3100000.3100005) introduces a library.\n',
     {'Sparse Gizmo Attention at Scale': [[], ['https://github.com/asouza/sparse-gizmo']], 'Learning Widgets from Gizmos': [[], []]}),
    ('a table of fields per paper: title, authors, year, venue, link', 'code',
     '## Verified references\n\n### 1. Souza & Park (2031) — Widget Parsing (WNet)\n\n| Field | Verified Value |\n|-------|---------------|\n'
     '| **Title** | Widget Nets for Gizmo Parsing in Multilingual Widget Models |\n| **Authors** | Ana Souza, Ben Park |\n| **Year** | 2031 |\n'
     '| **Venue** | WCLR 2031 (Outstanding Paper Award) |\n| **Link** | https://aclanthology.org/2031.wclr-main.658 |\n'
     '| **Status** | ✅ VERIFIED — confirmed in the anthology |\n\n---\n\n### 2. Wei et al. (2030) — Sparse Gizmos\n\n| Field | Verified Value |\n'
     '|-------|---------------|\n| **Title** | Sparse Gizmo Attention at Scale |\n| **Authors** | Chen Wei, Dana Levi, Eli Cohen |\n'
     '| **Code** | https://github.com/cwei/sga |\n',
     {'Widget Nets for Gizmo Parsing in Multilingual Widget Models': [['Ana Souza', 'Ben Park'], []],
      'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi', 'Eli Cohen'], ['https://github.com/cwei/sga']]}),
    ('a table of fields per paper: the title linked, a labelled code link; a results table', 'code',
     '## Paper 1\n\n| Key | Value |\n|---|---|\n| Paper | [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/3101.00001) |\n'
     '| Authors | Ana Souza, Ben Park |\n| Code | [GitHub](https://github.com/asouza/wn) |\n\n## Results\n\n| Model | Accuracy |\n|---|---|\n'
     '| Title | 0.91 |\n| Baseline | 0.85 |\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']]}),
    ('linked bold titles in prose, an emphasised sentence with a link closing a paragraph', 'code',
     '[**Sparse Gizmo Attention at Scale**](https://dl.acm.org/doi/pdf/10.1145/3100000.3100003) shares a few principles.\n\n'
     'Principles include focusing on data quality. They also provide an implementation that goes from data ingestion (Widget Lambda) '
     'to serving (Gizmo Maker). *Batteries (read: [open dataset with 30 million rows](https://arxiv.org/abs/3104.00001)) included.*\n\n'
     '[**Learning Widgets from Gizmos**](https://dl.acm.org/doi/pdf/10.1145/3100000.3100005) introduces a library.\n',
     {'Sparse Gizmo Attention at Scale': [[], []], 'Learning Widgets from Gizmos': [[], []]}),
    ('prose: an award presented to names with affiliations for their paper', 'authors',
     'The best paper award was presented to Ana Souza (Widget University), and Ben Park, Chen Wei, and Dana Levi (Gizmo Labs) '
     'for their paper Widget Nets for Gizmo Parsing which parses gizmos.\n\nThe best student paper award was awarded to Eli Cohen '
     '(Widget Institute), Fay Wong and Gus M. Moreno (Gizmo! Labs) for their paper Sparse Gizmo Attention: Learning Widgets using '
     'Context of Gizmos. It was great.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi'],
      'Sparse Gizmo Attention: Learning Widgets using Context of Gizmos': ['Eli Cohen', 'Fay Wong', 'Gus M. Moreno']}),
    ('award items, notes in Chinese after full-width brackets', 'authors',
     '### WCLR 2031 最佳论文\n- **Best Paper — Widget Nets for Gizmo Parsing at a Time**（Widget Labs + Gizmo U + Oxford, Ana Souza 等）: 统一架构估计深度，训练高效。\n'
     '- **Best Paper Honorable Mention — GizmoGen**（Widget Labs + Gizmo U 等）: 视觉-动作模型，游戏训练。\n'
     '- **Best Student Paper Honorable Mention — GizmoEdit: One-Step Widget Transport for Gizmo Editing**（广东工业大学等）: 单步图像编辑。\n',
     {'Widget Nets for Gizmo Parsing at a Time': ['Ana Souza'], 'GizmoEdit: One-Step Widget Transport for Gizmo Editing': []}),
    ('items of names, title, then a note with or without its full stop', 'authors',
     'There were several papers worth a look.\n\n'
     '  1. B. Park, Chen Wei, Dana Levi, Sparse Gizmo Attention in Widget Search Engines. The basic claim of this paper is that '
     'gizmos are predictable.\n'
     '  2. Eli Cohen, Fay Wong, Gus Moreno, Learning Widgets for Differing Training and Test Gizmos There is a nice trick in this '
     'paper: they predict the probability that a widget is in the training set or the test set, and then use this prediction to '
     'weight the gizmos in the training set.\n'
     '  3. Hana Kato A Bound on the Gizmo Complexity of Agnostic Widget Learning This paper bounds the number of gizmos required '
     'by the widget algorithm.\n',
     {'Sparse Gizmo Attention in Widget Search Engines': ['B. Park', 'Chen Wei', 'Dana Levi'],
      'Learning Widgets for Differing Training and Test Gizmos': ['Eli Cohen', 'Fay Wong', 'Gus Moreno'],
      'A Bound on the Gizmo Complexity of Agnostic Widget Learning': ['Hana Kato']}),
    ('paragraphs: a title, its names with hyphenated initials in brackets, then a long note', 'authors',
     'Here are some things that stood out:\n\n'
     'Structured Widget Learning with Indirect Gizmos (M.-W. Souza, B. Park, C. Wei). This was probably one of my favourite papers '
     'of the conference, even though I had learned some about the work when I visited them a few months ago. Say you are trying '
     'to align widgets, and you have a few labelled examples.\n\n'
     'Prior work in the widget setting (Souza, Park and Wei, 2017) has analysed the gizmo Jacobian by considering the layer-to-layer '
     'transformations of a network in the mean-field limit, and then interpreting the fixed point of these dynamics.\n\n'
     'Use Integral Widget Metrics for gizmo training. There is lots of theory to this so I have to read up more on it.\n',
     {'Structured Widget Learning with Indirect Gizmos': ['M.-W. Souza', 'B. Park', 'C. Wei']}),
    ('programme codes before titles; a committee of names and affiliations; a possessive before a title', 'authors',
     'Best Paper Award\n\n3B-03: A Divergence Perspective on Widget Learning Methods (Widget learning) Ana Souza, Ben Park, Chen Wei\n\n'
     'Best System Paper Award\n\n1C-07: GizmoLearn: A Python Framework for Widget Learning (poster) Dana Levi, Eli Cohen\n\n'
     'We thank our award committee:\n\nFay Wong, University of Widgets and Gizmo Labs, USA (chair)\nGus Moreno, University of Gizmos, Italy\n\n'
     'The runner-up award went to Hana Kato et al.’s Widget-Agnostic RL paper.\n',
     {'A Divergence Perspective on Widget Learning Methods': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'GizmoLearn: A Python Framework for Widget Learning': ['Dana Levi', 'Eli Cohen'], 'Widget-Agnostic RL': ['Hana Kato']}),
    ('html table whose links cell holds a "|"', 'code',
     '<html><body><table><tr><th>Paper</th><th>Who</th><th>Links</th></tr>'
     '<tr><td>Widget Nets for Gizmo Parsing</td><td>Ana Souza, Ben Park</td>'
     '<td><a href="https://arxiv.org/abs/2601.00001">paper</a> | <a href="https://github.com/asouza/wn">code</a></td></tr>'
     '<tr><td>Sparse Gizmo Attention at Scale</td><td>Chen Wei, Dana Levi</td><td><a href="https://github.com/cwei/sga">code</a></td></tr>'
     '</table></body></html>',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']],
      'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], ['https://github.com/cwei/sga']]}),
    ('html definition list: names then a note under the linked title', 'code',
     '<html><body><h3>Day 1</h3><dl>'
     '<dt><a href="https://openreview.net/forum?id=x1">Widget Nets for Gizmo Parsing</a></dt>'
     '<dd>Ana Souza, Ben Park, Chen Wei. The widget stays constant during training in the infinite width limit.</dd>'
     '<dt>Sparse Gizmo Attention at Scale</dt><dd>Dana Levi, Eli Cohen &mdash; <a href="https://github.com/dlevi/sga">code</a></dd>'
     '</dl></body></html>',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park', 'Chen Wei'], []],
      'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Eli Cohen'], ['https://github.com/dlevi/sga']]}),
    ('fields named in Japanese and Korean; "et al." in Korean and Chinese', 'authors',
     '## 気になった論文\n\n- タイトル: Widget Nets for Gizmo Parsing\n- 著者: Ana Souza, Ben Park\n- 概要: ウィジェットでギズモを解析する。\n\n'
     '- 제목: Sparse Gizmo Attention at Scale\n- 저자: Chen Wei, Dana Levi\n\n'
     '**Gizmo Trees for Widget Retrieval** (Eli Cohen 외)\n이 논문은 위젯을 찾습니다.\n\n'
     '**Contrastive Widget Pretraining at Scale** (Fay Wong 等)\n这篇论文很有意思。\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi'],
      'Gizmo Trees for Widget Retrieval': ['Eli Cohen'], 'Contrastive Widget Pretraining at Scale': ['Fay Wong']}),
    ('names first, an italic title, a note after its full stop', 'authors',
     '### Day 3 posters\n\n1. **Ana Souza** et al. — *Widget Nets for Gizmo Parsing*. Simple and general.\n'
     '2. **Ben Park**, Chen Wei — *Sparse Gizmo Attention at Scale*\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza'], 'Sparse Gizmo Attention at Scale': ['Ben Park', 'Chen Wei']}),
    # A linked question title, then a sentence about it (no names); an anchor with bold inside goes on.
    ('linked question then a note', 'code',
     '## Papers I liked\n\n11. [Do Widget Nets Really Need to be Deep and Gizmo-Shaped?](https://openreview.net/forum?id=a1) In the words of the authors: "Yes, they do." A must-read.\n'
     '12. [What Part of the Widget Does This? **Understanding Gizmos** by Measuring Widgets](https://arxiv.org/abs/2601.00002)\n',
     {'Do Widget Nets Really Need to be Deep and Gizmo-Shaped?': [[], []],
      'What Part of the Widget Does This? Understanding Gizmos by Measuring Widgets': [[], []]}),
    # A table of awards whose authors cell gives "Name, Affiliation" a line; a one-word affiliation is no author.
    ('name comma affiliation per line', 'authors',
     '| Conference | Title | Authors |\n| --- | --- | --- |\n'
     '| WCLR | [Widget Nets for Gizmo Parsing](https://arxiv.org/pdf/2601.00001.pdf) | Ana Souza, Widgetco<br>Ben Park, Widgetco<br>Chen Wei, Gizmo Institute |\n'
     '| GCONF | [Sparse Gizmo Attention at Scale](https://arxiv.org/pdf/2601.00002.pdf) | Dana Levi, Technion<br>Eli Cohen, Technion |\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    # A byline on its own line under the links, opening with a given name the lexicon knows only as a surname.
    ('byline under links, surname-like given name', 'authors',
     '#### Widget Nets for Gizmo Parsing\n[paper](https://openreview.net/pdf?id=a1) \\| [blog post](http://widgetlab.org/wn)\n'
     '<br>  Sen Wu, Hana Mori, Ben Park \\| _contact: senwu@widgetlab.org_<br>_keywords: widgets_\n'
     '#### Sparse Gizmo Attention at Scale\n[paper](https://openreview.net/pdf?id=a2)\n'
     '<br>  Chen Wei, Dana Levi \\| _contact: cwei@widgetlab.org_<br>_keywords: gizmos_\n',
     {'Widget Nets for Gizmo Parsing': ['Sen Wu', 'Hana Mori', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi']}),
    # Poster cards: a title, then its presenter and where they work, in another language's words for a university.
    ('poster cards with affiliations', 'authors',
     '<html><body><h2>Posters</h2><div class="poster-grid">'
     '\n<div class="poster-item">\n<a class="poster-title" href="/img/p1.jpg">Widget Nets for Gizmo Parsing at Scale</a>\n'
     '<span class="poster-meta">Ana Souza, Universität Widgetburg</span>\n</div>\n'
     '<div class="poster-item">\n<a class="poster-title" href="/img/p2.jpg">Sparse Gizmo Attention for Widget Maps</a>\n'
     '<span class="poster-meta">Ben Park, Gizmo Lab, Universidad de Widgets</span>\n</div>\n</div></body></html>',
     {'Widget Nets for Gizmo Parsing at Scale': ['Ana Souza'], 'Sparse Gizmo Attention for Widget Maps': ['Ben Park']}),
    # A bold line of its own over a list names what the list holds, as a heading would: tutorials are no papers.
    ('bold labels over lists', 'code',
     '# My WidgetConf 2031 notes\n\nIt was a long week in Vienna and I saw a lot of things.\n\n'
     '**Tutorials I attended:**\n- Widget Learning from Theory to Practice\n- Recent Advances in Gizmo Search for Deep Widget Networks\n'
     '- Never Ending Widget Learning\n\n**Papers I liked:**\n- Sparse Gizmo Attention at Scale\n- Dense Widget Flow in the Wild\n'
     '- Gizmo Trees for Widget Retrieval\n',
     {'Sparse Gizmo Attention at Scale': [[], []], 'Dense Widget Flow in the Wild': [[], []], 'Gizmo Trees for Widget Retrieval': [[], []]}),
    # A table of contents: an entry whose heading is an area over talks is no paper; a talk's entry is its heading's.
    ('table of contents over area headings', 'authors',
     '# Notes from WidgetCon 2031\n\n- [Simulation and Gizmo Tools](#simulation-and-gizmo-tools)\n'
     '  - [Widgetco: Simulation and Gizmo Tools](#widgetco-simulation-and-gizmo-tools)\n  - [Sparse Gizmo Attention at Scale](#sparse-gizmo-attention-at-scale)\n'
     '- [Communication Protocols and Middleware](#communication-protocols-and-middleware)\n  - [Widget Nets for Gizmo Parsing](#widget-nets-for-gizmo-parsing)\n\n'
     '# Simulation and Gizmo Tools\n\n## Widgetco: Simulation and Gizmo Tools\n\nAna Souza showed their simulator.\n\n'
     '## Sparse Gizmo Attention at Scale\n\nBen Park, Chen Wei\n\nSparse attention over gizmos.\n\n'
     '# Communication Protocols and Middleware\n\n## Widget Nets for Gizmo Parsing\n\nDana Levi, Eli Cohen\n\nThey parse gizmos.\n',
     {'Sparse Gizmo Attention at Scale': ['Ben Park', 'Chen Wei'],
      'Widget Nets for Gizmo Parsing': ['Dana Levi', 'Eli Cohen']}),
    # A linked title with its BibTeX entry under it, and no byline: the entry's authors are its ("Last, First" too).
    ('bibtex block under a linked title', 'authors',
     '## Journal club\n\n[Widget Nets for Gizmo Parsing](https://widgetconf.org/archive/2031/souza31_widgetconf.html)\n'
     '[pdf](https://widgetconf.org/archive/pdfs/2031/souza31_widgetconf.pdf)\n```bibtex\n{% raw %}\n@inproceedings{souza31_widgetconf,\n'
     '  author={Ana Souza and Park, Ben and Chen {Wei}},\n  title={{Widget Nets for Gizmo Parsing}},\n  year=2031,\n'
     '  booktitle={Proc. WidgetConf 2031},\n  pages={1--5}\n}\n{% endraw %}\n```\n\nThey parse gizmos.\n\n---\n\n'
     '[Sparse Gizmo Attention at Scale](https://widgetconf.org/archive/2031/levi31_widgetconf.html)\n\nDana Levi, Eli Cohen\n\n---\n\n'
     '[Gizmo Trees for Widget Retrieval](https://widgetconf.org/archive/2031/wong31_widgetconf.html)\n\nFay Wong, Gil Amir\n\n---\n\n'
     '[Dense Widget Flow in the Wild](https://widgetconf.org/archive/2031/mori31_widgetconf.html)\n\nHana Mori, Ido Katz\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen'],
      'Gizmo Trees for Widget Retrieval': ['Fay Wong', 'Gil Amir'], 'Dense Widget Flow in the Wild': ['Hana Mori', 'Ido Katz']}),
    # ... while an entry that points at no heading (an anchor in the text) is a record of its own.
    ('contents entries without headings', 'authors',
     '## Papers I liked\n\n- [Widget Nets for Gizmo Parsing](#wn) - Ana Souza, Ben Park\n- [Sparse Gizmo Attention at Scale](#sga) - Chen Wei, Dana Levi\n'
     '- [Gizmo Trees for Widget Retrieval](#gt) - Eli Cohen, Fay Wong\n\n<a name="wn"></a>They parse gizmos.\n\n<a name="sga"></a>Sparse attention.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi'],
      'Gizmo Trees for Widget Retrieval': ['Eli Cohen', 'Fay Wong']}),
    # An arXiv identifier in brackets and a "by" byline after the title, on one item's line.
    ('arxiv id then by', 'authors',
     '- Widget Nets for Gizmo Parsing (arXiv:2601.00001) by Ana Souza\n- Sparse Gizmo Attention at Scale (arXiv:2601.00002) by Chen Wei\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza'], 'Sparse Gizmo Attention at Scale': ['Chen Wei']}),
    # Lines of "Title | Names | [paper](url)" with no table syntax; a title's "at Scale" read as a name.
    ('pipe separated lines', 'authors',
     '## Papers\n\nWidget Nets for Gizmo Parsing | Ana Souza, Ben Park | [paper](https://arxiv.org/abs/2601.00001)\n'
     'Sparse Gizmo Attention at Scale | Chen Wei, Dana Levi | [paper](https://arxiv.org/abs/2601.00002)\n'
     'Gizmo Trees for Widget Retrieval | Eli Cohen | [paper](https://arxiv.org/abs/2601.00003)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi'],
      'Gizmo Trees for Widget Retrieval': ['Eli Cohen']}),
    # A heading over its byline in italics, then a dash and the venue; list items with the venue between dashes.
    ('italic byline dash venue', 'authors',
     '#### Widget Nets for Gizmo Parsing\n_Ana Souza, Ben Park_ — WCLR 2031\n\nNotes here.\n\n'
     '#### Sparse Gizmo Attention at Scale\n_Dana Levi_ — WCLR 2031\n\nMore notes.\n\n## Also\n\n'
     '- Gizmo Trees for Widget Retrieval — WCLR 2031 — Eli Cohen, Fay Wong\n- Dense Widget Flow in the Wild — GCONF 2031 — Gil Amir\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Dana Levi'],
      'Gizmo Trees for Widget Retrieval': ['Eli Cohen', 'Fay Wong'], 'Dense Widget Flow in the Wild': ['Gil Amir']}),
    # Items of a Title Case head, a colon and a sentence about the paper; "Paper N:" headings; a bold title,
    # a colon and a description opening with an article.
    ('title colon sentence', 'authors',
     'Three papers stood out:\n\n1. Widget Nets for Gizmo Parsing: parses gizmos with widgets.\n'
     '2. Sparse Gizmo Attention at Scale: fast attention over gizmos.\n3. Gizmo Trees for Widget Retrieval: retrieval with trees.\n\n'
     '## Paper 4: Dense Widget Flow in the Wild\n\nBy Ana Souza and Ben Park.\n\n'
     '- **Contrastive Widget Pretraining at Scale**: a model that pretrains widgets (Chen Wei et al.)\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': [], 'Gizmo Trees for Widget Retrieval': [],
      'Dense Widget Flow in the Wild': ['Ana Souza', 'Ben Park'], 'Contrastive Widget Pretraining at Scale': ['Chen Wei']}),
    # Items of a Title Case title and a note after a dash or a full stop.
    ('title then a note', 'code',
     'Papers I liked:\n\n- Widget Nets for Gizmo Parsing — parses gizmos with widgets\n- Sparse Gizmo Attention at Scale — fast attention over gizmos\n'
     '- Gizmo Trees for Widget Retrieval — retrieval with trees\n\nAnd the orals:\n\n1. Dense Widget Flow in the Wild. They track widgets outdoors.\n'
     '2. Contrastive Widget Pretraining at Scale. Pretraining gets cheaper.\n3. Widget Maps for Gizmo Robots. Robots map widgets.\n',
     {'Widget Nets for Gizmo Parsing': [[], []], 'Sparse Gizmo Attention at Scale': [[], []], 'Gizmo Trees for Widget Retrieval': [[], []],
      'Dense Widget Flow in the Wild': [[], []], 'Contrastive Widget Pretraining at Scale': [[], []], 'Widget Maps for Gizmo Robots': [[], []]}),
    # A title that ends in a list of phrases ("..., Indirect Encodings, and Open-Ended Algorithms"): no names.
    ('title ending in a list of phrases', 'authors',
     '## Orals\n\n1. Never Ending Widgets [[Web](https://widgetconf.cc/2031/event=1)]\n'
     '2. Recent Advances in Widget Search for Deep Gizmo Networks: Quality Diversity, Indirect Encodings, and Open-Ended Algorithms [[Web](https://widgetconf.cc/2031/event=2)]\n'
     '3. Sparse Gizmo Attention at Scale [[Web](https://widgetconf.cc/2031/event=3)]\n',
     {'Never Ending Widgets': [],
      'Recent Advances in Widget Search for Deep Gizmo Networks: Quality Diversity, Indirect Encodings, and Open-Ended Algorithms': [],
      'Sparse Gizmo Attention at Scale': []}),
    # A numbered list of a programme's papers with links to their pages: sentence case is a title too.
    ('sentence case items with web links', 'code',
     '## Orals\n\n49. Widget Nets for Gizmo Parsing [[Web](https://widgetconf.cc/2031/event=1)]\n'
     '50. Unreproducible Widgets are Reproducible [[Web](https://widgetconf.cc/2031/event=2)] [[Slides](https://widgetconf.cc/media/2.pdf)]\n'
     '51. Sparse Gizmo Attention at Scale [[Web](https://widgetconf.cc/2031/event=3)]\n'
     '52. Gizmo Trees for Widget Retrieval [[Web](https://widgetconf.cc/2031/event=4)]\n'
     '53. Contrastive Widget Pretraining at Scale [[Web](https://widgetconf.cc/2031/event=5)]\n'
     '54. Dense Widget Flow in the Wild [[Web](https://widgetconf.cc/2031/event=6)]\n',
     {'Widget Nets for Gizmo Parsing': [[], []], 'Unreproducible Widgets are Reproducible': [[], []],
      'Sparse Gizmo Attention at Scale': [[], []], 'Gizmo Trees for Widget Retrieval': [[], []],
      'Contrastive Widget Pretraining at Scale': [[], []], 'Dense Widget Flow in the Wild': [[], []]}),
    ('linked titles in sentences, "by" or "from" and their names', 'authors',
     'Day two was all about widgets. My favourite was [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) '
     'by Souza, Park, Wei and colleagues, which drops the gizmo entirely.\n\n'
     'Another was [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) from Levi, Cohen and Wong, which is fast.\n\n'
     'A third was [Gizmo Trees for Widget Retrieval](https://arxiv.org/abs/2601.00003) from Dana Levi and Eli Cohen at Widgetco.\n\n'
     '# "Contrastive Widget Pretraining" by Fay Wong and Gus Moreno, Widgetco\n\nThey pretrain widgets.\n',
     {'Widget Nets for Gizmo Parsing': ['Souza', 'Park', 'Wei'], 'Sparse Gizmo Attention at Scale': ['Levi', 'Cohen', 'Wong'],
      'Gizmo Trees for Widget Retrieval': ['Dana Levi', 'Eli Cohen'], 'Contrastive Widget Pretraining': ['Fay Wong', 'Gus Moreno']}),
    ('a table of fields named in Japanese', 'code',
     '## 論文\n\n| 項目 | 内容 |\n|---|---|\n| タイトル | Widget Nets for Gizmo Parsing |\n| 著者 | Ana Souza, Ben Park |\n'
     '| コード | [GitHub](https://github.com/asouza/wn) |\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']]}),
    ('plain-text numbered records: title, names, affiliation, note', 'authors',
     'WidgetConf 2031 - papers I want to remember\n\n'
     '  1. Widget Nets for Gizmo Parsing\n     Ana Souza, Ben Park, Chen Wei\n     Widgetco Amherst\n     Training big widgets costs a lot.\n\n'
     '  2. Sparse Gizmo Attention at Scale\n     Dana Levi, Eli Cohen\n     Gizmo Labs / Widget AI\n     Attention heads specialise.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('titles named in sentences: emphasis after et al., seen by, a linked title after a lead', 'code',
     '# Day 2\n\nThe morning session was about robustness. Souza et al. presented *Widget Nets for Gizmo Parsing*, which parses '
     'gizmos with widgets. In the afternoon I saw Dense Widget Flow in the Wild by Gil Amir and Hana Mori, with code at '
     'https://github.com/gamir/dwf.\n\nAnother highlight: [Rigid Gizmo Scenes Revisited](https://arxiv.org/abs/2601.00011) '
     'from Jon Snow, Kim Lee and Lia Chen.\n',
     {'Widget Nets for Gizmo Parsing': [['Souza'], []], 'Dense Widget Flow in the Wild': [['Gil Amir', 'Hana Mori'], ['https://github.com/gamir/dwf']],
      'Rigid Gizmo Scenes Revisited': [['Jon Snow', 'Kim Lee', 'Lia Chen'], []]}),
    ('reading list in APA style, the venue after the title\'s full stop', 'authors',
     '## Reading list\n\nSouza, A., Park, B., & Wei, C. (2019). Widget policies from pixels. In CVPR.\n\n'
     'Levi, D., & Cohen, E. (2020). Sparse gizmo attention at scale. In Proceedings of ICML (pp. 1-9).\n\n'
     'Amir, G., Mori, H. (2021). Dense widget flow in the wild. NeurIPS.\n',
     {'Widget policies from pixels': ['A. Souza', 'B. Park', 'C. Wei'], 'Sparse gizmo attention at scale': ['D. Levi', 'E. Cohen'],
      'Dense widget flow in the wild': ['G. Amir', 'H. Mori']}),
    ('names with their affiliation after a dash; names separated by dashes', 'authors',
     '## Papers\n\n* Dense Widget Flow in the Wild (Gil Amir - Widgetco, Hana Mori - Gizmo Labs)\n'
     '* Sparse Gizmo Attention at Scale - Dana Levi - Eli Cohen\n',
     {'Dense Widget Flow in the Wild': ['Gil Amir', 'Hana Mori'], 'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Eli Cohen']}),
    ('linked titles in prose, each with its author-year citation after the link', 'authors',
     '## Representation learning\n\nPretrained widgets were everywhere. [Deep contextualized widget representations]'
     '(https://aclanthology.org/N31-1202) (Souza et al., 2031) won the best paper award, and follow-up work such as '
     '[Dissecting Contextual Gizmo Embeddings](https://arxiv.org/abs/3108.08949) (Park et al., 2031) analyses what they learn.\n\n'
     'Wei and Levi ([2031](https://arxiv.org/abs/3101.00001)) show that widgets memorise gizmos.\n',
     {'Deep contextualized widget representations': ['Souza'], 'Dissecting Contextual Gizmo Embeddings': ['Park']}),
    ('Korean and Chinese notes: "et al." in Korean and Chinese, a link labelled in Chinese', 'code',
     '## 인상 깊었던 논문들\n\n1. **Widget Nets for Gizmo Parsing** (Ana Souza 외, Widget University)\n'
     '   - 위젯을 이용해 기즈모를 파싱하는 방법을 제안했습니다.\n'
     '2. **Sparse Gizmo Attention at Scale** - Dana Levi, Eli Cohen\n   - 희소 어텐션. 코드: [GitHub](https://github.com/dlevi/sga)\n\n'
     '## 印象深刻的论文\n\n- Rigid Gizmo Scenes Revisited（Jon Snow 等）[论文](https://arxiv.org/abs/2601.00011)\n'
     '- Dense Widget Flow in the Wild（Gil Amir 等）[代码](https://github.com/gamir/dwf)\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza'], []], 'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Eli Cohen'], ['https://github.com/dlevi/sga']],
      'Rigid Gizmo Scenes Revisited': [['Jon Snow'], []], 'Dense Widget Flow in the Wild': [['Gil Amir'], ['https://github.com/gamir/dwf']]}),
    ('linked names, a colon, then the emphasised title', 'code',
     'Poster highlights:\n\n1. [Hana Mori](https://hmori.github.io), [Ido Katz](https://ikatz.me): **Dense Widget Flow in the Wild**. '
     '[[code](https://github.com/hmori/dwf)]\n2. Jon Snow: *Rigid Gizmo Scenes Revisited*\n',
     {'Dense Widget Flow in the Wild': [['Hana Mori', 'Ido Katz'], ['https://github.com/hmori/dwf']],
      'Rigid Gizmo Scenes Revisited': [['Jon Snow'], []]}),
    ('programme codes of a speech conference before the title', 'authors',
     '## Day 1 – ASR\n\n- **Mon-P-1-2** Streaming Widget Transducers for Low-Latency Gizmo Recognition. *Ana Souza, Ben Park (Widgetco)*.\n'
     '- **Tue-O-2-3** Self-Supervised Gizmo Units — Chen Wei, Dana Levi, Eli Cohen. I really liked the ablations.\n',
     {'Streaming Widget Transducers for Low-Latency Gizmo Recognition': ['Ana Souza', 'Ben Park'],
      'Self-Supervised Gizmo Units': ['Chen Wei', 'Dana Levi', 'Eli Cohen']}),
    ('a lab post: the conference named in full, a theme in quotes, a quoted title after "paper ... by"', 'authors',
     'In August 2031, Ana attended the 2031 ACM SIGWIDGET International Conference on Widget Discovery and Gizmo Mining, also '
     'known as WDD 2031.\n\nWDD 2031, with the theme, “From Big Widgets to Big Gizmos”, brought together many researchers.\n\n'
     'Our lab had one paper at the conference by Hieu and Ana, titled “Continual Widget Filtering Through Gizmo Alignment,” '
     'which was featured in the Late Breaking Results track.\n',
     {'Continual Widget Filtering Through Gizmo Alignment': ['Hieu', 'Ana']}),
    ('a graphics conference\'s sessions linked to their schedule pages: no papers, no names in them', 'authors',
     'A list of interesting sessions at WidgetGraph 2031.\n\n# Birds of a Feather\n'
     '- [Shared Widgets: What\'s Unique and What VFX, Game Dev, and Gizmo Workflows Have in Common](https://widgetgraph2031.hubb.me/fe/schedule-builder/sessions/946161)\n'
     '- [Widget Twins for Educators](https://widgetgraph2031.hubb.me/fe/schedule-builder/sessions/939924)\n\n'
     '# Technical Paper\n- [Roundtable Session: Volumes and Gizmos](https://widgetgraph2031.hubb.me/fe/schedule-builder/sessions/939910)\n'
     '- [Roundtable Session: Ray Tracing & Monte Carlo Methods](https://widgetgraph2031.hubb.me/fe/schedule-builder/sessions/939907)\n',
     {}),
    ('HTML paper cards in a markdown post: a badge between the title and its byline', 'code',
     '## Day 1\n\n<div class="paper-card pc-blue">\n  <div class="pc-header">\n'
     '    <p class="pc-title"><a href="https://arxiv.org/abs/3102.01234">Sparse Gizmo Attention at Scale</a></p>\n'
     '    <span class="pc-badge pc-blue">Gizmos · Attention</span>\n  </div>\n'
     '  <p class="pc-authors">Dana Levi, Eli Cohen, Fay Wong (Widget University) — presented at this conference</p>\n'
     '  <div class="pc-body">\n    Attention over gizmos, made sparse.\n  </div>\n</div>\n\n'
     '<div class="paper-card pc-green">\n  <div class="pc-header">\n'
     '    <p class="pc-title"><a href="https://arxiv.org/abs/3102.04321">Long-term multi-session widget reconstruction under appearance change</a></p>\n'
     '    <span class="pc-badge pc-green">3D Reconstruction</span>\n  </div>\n'
     '  <p class="pc-authors">Gorry et al. (Widget University)</p>\n</div>\n',
     {'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Eli Cohen', 'Fay Wong'], []],
      'Long-term multi-session widget reconstruction under appearance change': [['Gorry'], []]}),
    ('a digest\'s notes: a workshop linked by name, a lab\'s work, a tool linked in HTML, a seminar\'s page', 'code',
     'I spent day 1 at the [W2W: From Widget to Gizmo](https://sites.google.com/view/wc-2031-w2w/) workshop. A tour through '
     'the Widget Centre for Robotics work spanning both ends of the workshop title:\n\n'
     '<div class="paper-card">\n  <p class="pc-title"><a href="https://arxiv.org/abs/3102.01234">Sparse Gizmo Attention at Scale</a></p>\n'
     '  <p class="pc-authors">Dana Levi, Eli Cohen (Widget University)</p>\n  <div class="pc-body">\n'
     '    Widget matching for same-session images, <a href="https://github.com/acme/gizmoglue">GizmoGlue</a> matching for cross-session pairs.\n'
     '  </div>\n</div>\n\nThey also organize a seminar series, once a month: '
     '[dlevi.github.io/widget-seminars](https://dlevi.github.io/widget-seminars).\n',
     {'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Eli Cohen'], []]}),
    ('an HTML poster grid: title and byline inline elements of one block, affiliations after the names', 'authors',
     '## Posters\n\n<div class="poster-grid">\n  <div class="poster-item">\n'
     '    <a class="poster-title" href="/assets/posters/p1.jpg">Edged Widgets: edge-aware gizmo mapping with learned priors <i class="fas fa-camera"></i></a>\n'
     '    <span class="poster-meta">Ana Souza, Ben Park, Chen Wei — Widget University / EIVA</span>\n  </div>\n'
     '  <div class="poster-item">\n'
     '    <a class="poster-title" href="/assets/posters/p2.jpg">Collaborative gizmo exploration with a widget robot team</a>\n'
     '    <span class="poster-meta">Dana Levi, Eli Cohen, NTNU Autonomous Widgets Lab</span>\n  </div>\n</div>\n',
     {'Edged Widgets: edge-aware gizmo mapping with learned priors': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Collaborative gizmo exploration with a widget robot team': ['Dana Levi', 'Eli Cohen']}),
    ('a keynote under its heading: a professor\'s talk, not a paper; the papers after it', 'authors',
     '# WidgetConf 2031 digest\n\n## Keynotes\n\n**Prof. Ana Souza** (Widget University) — *Robots That Learn Widgets*. '
     'A great talk about lifelong learning.\n\n## Papers\n\n> **Learning Dexterous Gizmo Grasping from Demonstrations**\n'
     '> Ben Park, Chen Wei, Dana Levi\n> [paper](https://arxiv.org/abs/3105.01234)\n',
     {'Learning Dexterous Gizmo Grasping from Demonstrations': ['Ben Park', 'Chen Wei', 'Dana Levi']}),
    ('bylines that end in a university\'s full name or give only organisations', 'authors',
     '## Papers\n\n* Sparse Gizmo Attention at Scale\n  Dana Levi, Lomonosov Moscow State University\n'
     '* Dense Widget Flow in the Wild\n  Gil Amir, Hana Mori, University of Turku / Universidad de Zaragoza\n',
     {'Sparse Gizmo Attention at Scale': ['Dana Levi'], 'Dense Widget Flow in the Wild': ['Gil Amir', 'Hana Mori']}),
    ('list items hard-wrapped inside the author list, a name broken at the wrap', 'authors',
     '## Optical flow\n\n'
     '* Widget Nets for **Gizmo Parsing**, Ana Souza, Ben Park, Daniel \nOrtega, Chen Wei \n\n'
     '* Sparse **Gizmo Attention** at Scale, Dana Levi, Edward Y. \nChang, Eli Cohen\n\n'
     '* Dense Widget Flow in the Wild, Fay Wong, Gil Amir, \nHana Mori, Ido Katz\n\n'
     '* Rigid Gizmo Scenes Revisited, Jon Snow\nKim Lee and Lia Chen extend it to video.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Daniel Ortega', 'Chen Wei'],
      'Sparse Gizmo Attention at Scale': ['Dana Levi', 'Edward Y. Chang', 'Eli Cohen'],
      'Dense Widget Flow in the Wild': ['Fay Wong', 'Gil Amir', 'Hana Mori', 'Ido Katz'],
      'Rigid Gizmo Scenes Revisited': ['Jon Snow']}),
    ('names typed in capitals or lower case, glued italics after the title', 'authors',
     '## Outstanding papers\n\n'
     '- [ ]  Widget Nets for Gizmo Parsing*Ana Souza, Ben Park, DANA LEVI, Chen Wei and Eli Cohen*\n'
     '- [ ]  Sparse Gizmo Attention at Scale*Fay Wong, Gil Amir, hana mori and Ido Katz*\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'DANA LEVI', 'Chen Wei', 'Eli Cohen'],
      'Sparse Gizmo Attention at Scale': ['Fay Wong', 'Gil Amir', 'hana mori', 'Ido Katz']}),
    ('names typed in capitals or lower case, the byline under the title', 'authors',
     '## Outstanding papers\n\n'
     '- Widget Nets for Gizmo Parsing<br/> _Ana Souza, Ben Park, DANA LEVI, Chen Wei and Eli Cohen_\n'
     '- Sparse Gizmo Attention at Scale<br/> _Fay Wong, Gil Amir, hana mori and Daniel Ortega_\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'DANA LEVI', 'Chen Wei', 'Eli Cohen'],
      'Sparse Gizmo Attention at Scale': ['Fay Wong', 'Gil Amir', 'hana mori', 'Daniel Ortega']}),
    ('bold title, its byline after a no-break space, the first name unknown or in capitals', 'authors',
     '## Papers\n\n'
     '- [ ] **Widget Nets for Gizmo Parsing**\u00a0Zorvath Quillane, Ben Park, Chen Wei\n'
     '- [ ] **Is Sparse Gizmo Attention Enough?**\u00a0DANA LEVI ORTEGA, Fay Wong, Gil Amir\n'
     # (words after the emphasis that are no name are the rest of the title)
     '- [ ] **Dense Widget Tracking** With Circulant Feature Maps, Hana Mori, Ido Katz\n',
     {'Widget Nets for Gizmo Parsing': ['Zorvath Quillane', 'Ben Park', 'Chen Wei'],
      'Is Sparse Gizmo Attention Enough?': ['DANA LEVI ORTEGA', 'Fay Wong', 'Gil Amir'],
      'Dense Widget Tracking With Circulant Feature Maps': ['Hana Mori', 'Ido Katz']}),
    # An English title with its translation glued on in brackets, numbered, its links on the next line.
    ('translated titles', 'code',
     '## 深度估计\n\n[13] Widget Nets for Gizmo Parsing at Sixty Frames a Second(每秒六十帧的小工具解析网络)<br>\n'
     '[paper](https://arxiv.org/abs/2601.00001) | [code](https://github.com/asouza/wn)<br><br>\n\n'
     '[12] Gizmo Completion using Widget-Residual Representation（使用小工具残差表示的补全）<br>\n[paper](https://arxiv.org/abs/2601.00002)<br><br>\n\n'
     '[11] How Well Do Sparse Gizmos Transfer?(稀疏小工具的迁移效果如何？)<br>\n[paper](https://arxiv.org/abs/2601.00003)<br><br>\n',
     {'Widget Nets for Gizmo Parsing at Sixty Frames a Second': [[], ['https://github.com/asouza/wn']],
      'Gizmo Completion using Widget-Residual Representation': [[], []], 'How Well Do Sparse Gizmos Transfer?': [[], []]}),
    # A bold word that marks the items the writer liked, before or after the title; a bold first word
    # that does not recur is the title's.
    ('bold label', 'code',
     '## Orals\n\n- **Note** Widget Nets for Gizmo Parsing\n  - parses gizmos\n- Sparse Gizmo Attention at Scale **Note**\n'
     '- **Dense** Widget Flow in the Wild\n- **Notes** [Gizmo Trees for Widget Retrieval](https://arxiv.org/abs/2601.00004)\n',
     {'Widget Nets for Gizmo Parsing': [[], []], 'Sparse Gizmo Attention at Scale': [[], []], 'Dense Widget Flow in the Wild': [[], []],
      'Gizmo Trees for Widget Retrieval': [[], []]}),
    # A reference list (Chicago style) whose first author is "Last, First" and the others "First Last".
    # (With one author, "Levi, Dana" / "2031. Title", the names above the next title are taken for its.)
    ('first author inverted', 'authors',
     '<html><body><h1>Papers List</h1><div class="references">'
     '<div><p>Souza, Ana, Ben Park, and Chen Wei\n 2031.“<strong>Widget Nets for Gizmo Parsing</strong>.” <a href="https://arxiv.org/abs/2601.00001">https://arxiv.org/abs/2601.00001</a>.</p></div>\n'
     '<div><p>Lund, Ida, and Jon Snow\n 2031.“<strong>Gizmo Trees for Widget Retrieval</strong>.” <a href="https://arxiv.org/abs/2601.00004">https://arxiv.org/abs/2601.00004</a>.</p></div>\n'
     '<div><p>Quillane, Zorvath, Ido Katz, Kai Lee, and Lia Rossi\n 2031.“<strong>Contrastive Widget Pretraining</strong>.” <a href="https://arxiv.org/abs/2601.00005">https://arxiv.org/abs/2601.00005</a>.</p></div>\n'
     '</div></body></html>',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Gizmo Trees for Widget Retrieval': ['Ida Lund', 'Jon Snow'],
      'Contrastive Widget Pretraining': ['Zorvath Quillane', 'Ido Katz', 'Kai Lee', 'Lia Rossi']}),
    # One title a line and its names on the next, with no blank line between the records: the names a
    # record took under its title are not the next title's, and a title is no line of stacked names.
    ('plain lines: title, then its names, no blank lines', 'authors',
     'Papers I liked\n\nWidget Nets for Gizmo Parsing\nAna Souza, Ben Park\nLearning to Rank Gizmos\nDana Levi\n'
     'Gizmo Fields at Scale\nEli Cohen, Fay Wong\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi'],
      'Gizmo Fields at Scale': ['Eli Cohen', 'Fay Wong']}),
    ('plain lines: title, then one name, no blank lines', 'authors',
     'Highlights\n\nWidget Nets for Gizmo Parsing\nAna Souza\nLearning to Rank Gizmos\nDana Levi\nGizmo Fields at Scale\nEli Cohen\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza'], 'Learning to Rank Gizmos': ['Dana Levi'], 'Gizmo Fields at Scale': ['Eli Cohen']}),
    ('plain lines: names, then the title, no blank lines', 'authors',
     'Highlights\n\nAna Souza, Ben Park\nWidget Nets for Gizmo Parsing\nDana Levi\nLearning to Rank Gizmos\nEli Cohen\nGizmo Fields at Scale\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi'], 'Gizmo Fields at Scale': ['Eli Cohen']}),
    ('title, full stop, initials joined by "and"', 'authors',
     '- Widget Nets for Gizmo Parsing. A. Souza and B. Park.\n- Learning to Rank Gizmos. D. Levi and E. Cohen.\n'
     '- Gizmo Fields at Scale. F. Wong.\n',
     {'Widget Nets for Gizmo Parsing': ['A. Souza', 'B. Park'], 'Learning to Rank Gizmos': ['D. Levi', 'E. Cohen'],
      'Gizmo Fields at Scale': ['F. Wong']}),
    # A reference list whose titles the segmenter doubts: the names and the venue are read, the title
    # is what lies between the names' full stop and the venue's ("In WCLR", "(2031)" after the names).
    ('numbered references: initials joined by "and", the venue after "In"', 'authors',
     'Notes on widgets [1].\n\n## References\n\n[1] A. Souza and B. Park. Widget Nets for Gizmo Parsing. In WCLR, 2031.\n'
     '[2] D. Levi and E. Cohen. Learning to Rank Gizmos. In WCLR, 2031.\n',
     {'Widget Nets for Gizmo Parsing': ['A. Souza', 'B. Park'], 'Learning to Rank Gizmos': ['D. Levi', 'E. Cohen']}),
    ('references: one author, the year in brackets (APA)', 'authors',
     '## References\n\n- Levi, D. (2031). Learning to Rank Gizmos. ICML.\n- Cohen, E. (2030). Gizmo Fields at Scale. In NeurIPS.\n',
     {'Learning to Rank Gizmos': ['D. Levi'], 'Gizmo Fields at Scale': ['E. Cohen']}),
    ('prose: a favourite paper was Title by names', 'authors',
     'One of my favourite papers was Widget Nets for Gizmo Parsing by Ana Souza and colleagues at Widget University. '
     'My other pick was Learning to Rank Gizmos by Dana Levi.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza'], 'Learning to Rank Gizmos': ['Dana Levi']}),
    # (the surnames before "'s" are not read as its authors yet: a known gap, pinned here)
    ("prose: the names' Title paper", 'authors',
     "Souza and Park's Widget Nets for Gizmo Parsing paper shows that widgets parse gizmos.\n",
     {'Widget Nets for Gizmo Parsing': []}),
    # The paper's URL written out on the title's line is a link to the paper, as a markdown link is.
    ('list of titles, each with its paper URL written out after a dash', 'authors',
     '- Widget Nets for Gizmo Parsing — https://openreview.net/forum?id=abc123\n'
     '- Learning to Rank Gizmos — https://openreview.net/forum?id=def456\n',
     {'Widget Nets for Gizmo Parsing': [], 'Learning to Rank Gizmos': []}),
    # A venue tag in brackets after the title, then a dash and the byline: the names are its authors.
    ('venue tag after the title, then a dash and names', 'authors',
     "## Favourites\n\n- Widget Nets for Gizmo Parsing [USENIX Security '31] — Ana Souza, Ben Park\n"
     "- Learning to Rank Gizmos [CHI '31] — Dana Levi\n",
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi']}),
    # "Title ([video](…), [code](…)) - Name": the cue "Title (" + links takes the title, the record its names.
    ('title, links in brackets, then a dash and a name', 'code',
     '- Widget Nets for Gizmo Parsing ([video](https://www.youtube.com/watch?v=abc), [code](https://github.com/asouza/wn)) - Ana Souza\n'
     '- Learning to Rank Gizmos ([video](https://www.youtube.com/watch?v=def)) - Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza'], ['https://github.com/asouza/wn']], 'Learning to Rank Gizmos': [['Dana Levi'], []]}),
    ('bold title by one name, then a sentence', 'authors',
     '**Widget Nets for Gizmo Parsing** by Ana Souza and Ben Park. This paper parses gizmos.\n\n'
     '**Learning to Rank Gizmos** by Dana Levi. Ranking gizmos is hard.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi']}),
    ('headings numbered "Paper N:", one name in italics under the second', 'authors',
     '### Paper 1: Widget Nets for Gizmo Parsing\n\n*Ana Souza, Ben Park*\n\n### Paper 2: Learning to Rank Gizmos\n\n*Dana Levi*\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi']}),
    # The segmenter doubts an identifier after the title; its confidence in the title is in the title's words.
    ('list of titles, each with its arXiv identifier in brackets', 'authors',
     '- Widget Nets for Gizmo Parsing (arXiv:2601.00001)\n- Learning to Rank Gizmos (arXiv:2601.00002)\n',
     {'Widget Nets for Gizmo Parsing': [], 'Learning to Rank Gizmos': []}),
    # A reading list whose titles link to the paper or to its project page: the page is the paper's site.
    ('reading list: titles linked to PDFs or to a project page', 'code',
     '## Reading list\n\n- [Widget Nets for Gizmo Parsing](http://widgetlab.example.edu/wnets/)\n'
     '- [Learning to Rank Gizmos](www.example.edu/~dlevi/files/rank.pdf\u200e)\n'
     '- [Gizmo Fields at Scale](https://arxiv.org/abs/2601.00003)\n',
     {'Widget Nets for Gizmo Parsing': [[], ['http://widgetlab.example.edu/wnets/']], 'Learning to Rank Gizmos': [[], []],
      'Gizmo Fields at Scale': [[], []]}),
    ('Korean notes: bold titles, a dash, a name and "et al." in Korean', 'authors',
     '## 인상 깊은 논문\n\n1. **Widget Nets for Gizmo Parsing** - Ana Souza 외\n2. **Learning to Rank Gizmos** - Dana Levi 외\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza'], 'Learning to Rank Gizmos': ['Dana Levi']}),
    ('citation lines with no heading above: title, names, venue', 'authors',
     '* Widget Nets for Gizmo Parsing. Ana Souza, Ben Park. NeurIPS 2031.\n* Learning to Rank Gizmos. Dana Levi. ICML 2031.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi']}),
    ('names, a colon, the title and its venue in brackets; one name alone', 'authors',
     '## Papers\n\n- Ana Souza, Ben Park: Widget Nets for Gizmo Parsing (NeurIPS 2031)\n- Dana Levi: Learning to Rank Gizmos (ICML 2031)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi']}),
    # ... but under "Keynotes", a speaker and her talk's title read the same: no paper.
    ('a speaker, a colon and a talk under Keynotes', 'authors',
     '## Keynotes\n\n- Ana Souza: The Future of Widget Research (ICML 2031)\n', {}),
    # A three-word first name after the linked title's full stop: the segmenter reads its first word as the title's.
    ('checkbox items: bold linked title, a stop, a three-word first name', 'authors',
     '# Best Papers\n\n- [ ] **[Widget Nets: Probing gizmos for in-context widget acquisition](https://example.org/a).** Dana Maria Levi, Ben R. Cole and Ido Katz.\n'
     '- [ ] **[Gizmo Parsing with Sparse Widget Trees](https://example.org/b).** Laura Kim-Anh Nguyen and Tom Scialom.\n',
     {'Widget Nets: Probing gizmos for in-context widget acquisition': ['Dana Maria Levi', 'Ben R. Cole', 'Ido Katz'],
      'Gizmo Parsing with Sparse Widget Trees': ['Laura Kim-Anh Nguyen', 'Tom Scialom']}),
    # Track names as bold labels with a colon, each over "Title<br/>" and its names in italics: labels, not papers.
    ('bold track labels with a colon over title and italic names', 'authors',
     '# Outstanding Papers\n\n**Widget Analysis of Models for Gizmos**:\n\n Learning to Rank Gizmos<br/>\n_Dana Levi and Ido Katz_\n\n'
     ' Widget Nets for Gizmo Parsing<br/>\n_Ana Souza and Ben Park_\n\n**Multilingual Widgets and Cross-Gizmo Parsing**:\n\n'
     ' Sparse Gizmo Attention at Scale<br/>\n_Hana Mori and Chen Wei_\n',
     {'Learning to Rank Gizmos': ['Dana Levi', 'Ido Katz'], 'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Sparse Gizmo Attention at Scale': ['Hana Mori', 'Chen Wei']}),
    # A talk linked to its programme page in a diary's sentence, its paper linked later in the sentence;
    # the company after "by" is no author.
    ('diary: a linked talk title, "by" a company, then its paper link', 'authors',
     '## Day 2\n\nThe talks session started late. Second talk was [Prelit widgets: light transport for live-action gizmos in '
     'production rendering](https://s2031.siggraph.org/presentation/?id=gensub_117&sess=sess287) by Copper Logic.'
     '([Paper](https://dl.acm.org/doi/pdf/10.1145/3214746.3214747)) It was inspiring.\n\nLater we went to the exhibition hall.\n',
     {'Prelit widgets: light transport for live-action gizmos in production rendering': []}),
    # Headings numbered as a digest's sections, one sentence case, one numbered without a final stop; each
    # with its speaker under it as a deeper heading.
    ('digest: numbered section headings, a byline heading under each', 'authors',
     '# My ICRA digest\n\n## O.3. Deep Learning for Widget Perception\n\n### O.3.1. Widget Nets for Gizmo Parsing\n#### by Ana Souza and Ben Park\n\n'
     '> - They parse gizmos with widgets.\n\n### O.3.2. Uncertainty guided policy for active widget reconstruction using gizmo fields\n'
     '#### by Dana Levi\n\n> - Instead of voxels, gizmo fields.\n\n### O.3.3 Sparse Gizmo Attention at Scale\n#### by Chen Wei\n\n'
     '> - Attention over gizmos.\n\n### O.3.4. Learning to Rank Gizmos\n#### by Hana Mori\n\n> - Ranking gizmos is hard.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Uncertainty guided policy for active widget reconstruction using gizmo fields': ['Dana Levi'],
      'Sparse Gizmo Attention at Scale': ['Chen Wei'], 'Learning to Rank Gizmos': ['Hana Mori']}),
    # Japanese notes: titles linked to their poster pages on a conference's virtual site (the paper's page).
    ('Japanese notes: titles linked to virtual-site poster pages', 'authors',
     '## 論文傾向\n- 総論文数:2360本\n- Best Paper\n  - [Planning-Oriented Widget Driving](https://cvpr2031.thecvf.com/virtual/2031/poster/22922)\n'
     '      - 環境認識と走行計画を総合的に実施する自動運転系のタスク\n'
     '  - [Visual Gizmos: Compositional Widget Reasoning Without Training](https://cvpr2031.thecvf.com/virtual/2031/poster/22652)\n'
     '- ① 3D関連の論文メモ紹介候補\n  - NeRF関連\n'
     '  - [MobileWidget: Exploiting the Polygon Rasterization Pipeline for Efficient Gizmo Rendering](https://cvpr2031.thecvf.com/virtual/2031/poster/22803) ※Award Candidate\n',
     {'Planning-Oriented Widget Driving': [], 'Visual Gizmos: Compositional Widget Reasoning Without Training': [],
      'MobileWidget: Exploiting the Polygon Rasterization Pipeline for Efficient Gizmo Rendering': []}),
    # A checkbox list of bare titles, one of three words (a title a real list has: the segmenter doubts it).
    ('checkbox list of bare titles, one of three words', 'authors',
     '## Award Candidates\n\n- [ ] WidgetObject3D: Large Vocabulary 3D Gizmo Dataset for Realistic Perception\n\n'
     '- [ ] DynWidget: Neural Dynamic Gizmo-Based Rendering\n\n- [ ] What Can Human Sketches Do for Widget Detection?\n\n'
     '- [ ] Integral Neural Networks\n\n- [x] MobileGizmo: Exploiting the Polygon Rasterization Pipeline for Efficient Widget Rendering\n\n'
     '- [ ] Ego-Widget Pose Estimation via Ego-Gizmo Pose Estimation\n',
     {'WidgetObject3D: Large Vocabulary 3D Gizmo Dataset for Realistic Perception': [], 'DynWidget: Neural Dynamic Gizmo-Based Rendering': [],
      'What Can Human Sketches Do for Widget Detection?': [], 'Integral Neural Networks': [],
      'MobileGizmo: Exploiting the Polygon Rasterization Pipeline for Efficient Widget Rendering': [],
      'Ego-Widget Pose Estimation via Ego-Gizmo Pose Estimation': []}),
    # A plain-text list numbered "1 ", "2 ", ... without stops: the numbers are the list's.
    ('plain lines numbered without stops', 'authors',
     'Papers I liked\n\n1 Widget Nets for Gizmo Parsing\n2 Learning to Rank Gizmos with Widget Feedback\n3 Sparse Gizmo Attention at Scale\n',
     {'Widget Nets for Gizmo Parsing': [], 'Learning to Rank Gizmos with Widget Feedback': [], 'Sparse Gizmo Attention at Scale': []}),
    # Plain lines of two fields set apart by a tab: the title, then its names.
    ('plain lines: title, a tab, names', 'authors',
     'Papers\n\nWidget Nets for Gizmo Parsing\tAna Souza, Ben Park\nLearning to Rank Gizmos\tDana Levi\n'
     'Sparse Gizmo Attention at Scale\tChen Wei, Hana Mori\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi'],
      'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Hana Mori']}),
    # An e-mail's notes: quoted titles with their names in square brackets; names, a semicolon, an affiliation.
    ('e-mail notes: quoted title [names]; title (names; affiliation)', 'authors',
     'Hi all,\n\nQuick notes from AAAI 2031.\n\nBest paper: "Widget Nets for Gizmo Parsing" [Ana Souza, Ben Park]\n'
     'Runner-up: "Learning to Rank Gizmos" [Dana Levi]\n\nOther things I saw:\n'
     '- Sparse Gizmo Attention at Scale (Chen Wei, Hana Mori; Widget U)\n- Gizmo Trees for Widget Retrieval (Ido Katz, Ben Park; Gizmo Labs)\n\nCheers,\nDana\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Dana Levi'],
      'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Hana Mori'], 'Gizmo Trees for Widget Retrieval': ['Ido Katz', 'Ben Park']}),
    # Linked titles, a dash and names; one name no lexicon knows, read as its siblings' names are.
    ('linked titles, a dash, names; one name unknown to the lexicon', 'authors',
     '## Applied track\n\n- [Sparse Gizmo Attention at Scale](https://dl.acm.org/doi/10.1145/3101.1) – Chen Wei, Hana Mori\n'
     '- [Neural Widget Fields for Gizmo Rendering](https://dl.acm.org/doi/10.1145/3101.2) – Ido Katz\n',
     {'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Hana Mori'], 'Neural Widget Fields for Gizmo Rendering': ['Ido Katz']}),
    # ... but alone, the words after the dash may be a subtitle: the title keeps them.
    ('one linked title, a dash, two rare words', 'authors',
     '## Applied track\n\n- [Neural Widget Fields](https://dl.acm.org/doi/10.1145/3101.2) – Gizmo Rendering\n',
     {'Neural Widget Fields – Gizmo Rendering': []}),
    # A label, a colon and linked names under a list of papers: people, no paper.
    ('a label and a list of linked names after the papers', 'authors',
     '## Papers\n\n- Widget Nets for Gizmo Parsing [[paper](http://www.example.org/p002.pdf)] by WidgetMind.\n'
     '- Sparse Gizmo Attention at Scale [[paper](http://www.example.org/p025.pdf)] by Gizmo University.\n\n'
     'My Mentors: [Kaushik Jayaram](https://www.example.edu/mechanical/kaushik-jayaram), [Aaron M. Johnson](https://www.example.edu/user/amj1/), '
     '[Jeannette Bohg](https://web.example.edu/~bohg/), [C. J. Taylor](https://www.example.edu/~cjtaylor/), [Nick Roy](https://www.example.edu/~nroy/).\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': []}),
    # A subtitle's list the segmenter read as names; "Baseline", a common word, is newer than the dictionary.
    ('checkbox list: a subtitle that lists phrases, names on the next line', 'authors',
     '# Research Papers\n- [ ] Widget Translation for Gizmo: Tools, Corpora, and Baseline Results\nDana Levi, Ben Park and Ana Souza\n'
     '- [ ] Learning to Rank Gizmos\nHana Mori and Ido Katz\n',
     {'Widget Translation for Gizmo: Tools, Corpora, and Baseline Results': ['Dana Levi', 'Ben Park', 'Ana Souza'],
      'Learning to Rank Gizmos': ['Hana Mori', 'Ido Katz']}),
    # A title that asks a question about a year (the segmenter reads the year as a venue's), and one with a
    # short bracket inside it.
    ('a year ending the title\'s question; a bracket inside a title', 'authors',
     '# Best Paper Awards\n\n Widget Nets for Gizmo Parsing<br/>\n_Ana Souza, Ben Park and Chen Wei_\n\n'
     ' Sparse Gizmo Attention at Scale<br/>\n_Hana Mori and Ido Katz_\n\n**Reproduction Award**:\n\n'
     ' Do Named Widget Taggers Still Work Well in 2023?<br/>\n_Dana Levi and Ben Park_\n\n# Orals\n\n'
     '- [ ] Privacy Auditing with One (1) Widget Run\n    Dana Levi · Ben Park · Ana Souza\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei'], 'Sparse Gizmo Attention at Scale': ['Hana Mori', 'Ido Katz'],
      'Do Named Widget Taggers Still Work Well in 2023?': ['Dana Levi', 'Ben Park'],
      'Privacy Auditing with One (1) Widget Run': ['Dana Levi', 'Ben Park', 'Ana Souza']}),
    # A linked title in a sentence, after lower-case words the title run takes in ("went to [Title](url) by ...").
    ('prose: an award went to a linked title', 'authors',
     '## Day 2\n\nThe best paper went to [Token Merging for Long Widget Retrieval](https://arxiv.org/abs/3102.00003) '
     'by Dana Levi, Ben Park and Hana Mori.\n',
     {'Token Merging for Long Widget Retrieval': ['Dana Levi', 'Ben Park', 'Hana Mori']}),
    # Names separated by slashes under a bold title; a slash inside a title stays the title's.
    ('names between slashes', 'authors',
     '# Papers I liked\n\n- **Causal Probing of Widget Encoders**\n  Dana Levi / Ben Park / Hana Mori\n\n'
     '- **Input / Output Gizmos for Sparse Widgets**\n  Ido Katz, Ana Souza\n',
     {'Causal Probing of Widget Encoders': ['Dana Levi', 'Ben Park', 'Hana Mori'],
      'Input / Output Gizmos for Sparse Widgets': ['Ido Katz', 'Ana Souza']}),
    # A sentence-case title whose last word is one a link's label may be ("video"): the title's word.
    ('sentence-case title ending in a label word', 'authors',
     '# Orals\n\n- [ ] Widget Tracking: Gizmo representations from egocentric video\nDana Levi · Ben Park · Ana Souza\n'
     '- [ ] Learning to Rank Gizmos\nHana Mori · Ido Katz\n',
     {'Widget Tracking: Gizmo representations from egocentric video': ['Dana Levi', 'Ben Park', 'Ana Souza'],
      'Learning to Rank Gizmos': ['Hana Mori', 'Ido Katz']}),
    # A bold linked title, a full stop, and fourteen names: a line too long for a record, read whole.
    ('bold linked title, a stop, a long byline', 'authors',
     '## Best Papers\n\n- [ ] **[Widget Nets: A Multilingual Gizmo Dataset for 10 Local Languages](https://aclanthology.org/2031.wclr-main.57/).** '
     'Ana Souza, Ben Park, Chen Wei, Dana Levi, Hana Mori, Ido Katz, Fay Wong, Gil Amir, Rui Lima, Tom Berg, Eva Lund, Max Roth, Ola Nord and Ken Sato.\n'
     '- [ ] **[Sparse Gizmo Attention at Scale](https://aclanthology.org/2031.wclr-main.58/).** Ana Souza and Ben Park.\n',
     {'Widget Nets: A Multilingual Gizmo Dataset for 10 Local Languages': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi', 'Hana Mori', 'Ido Katz',
                                                                            'Fay Wong', 'Gil Amir', 'Rui Lima', 'Tom Berg', 'Eva Lund', 'Max Roth',
                                                                            'Ola Nord', 'Ken Sato'],
      'Sparse Gizmo Attention at Scale': ['Ana Souza', 'Ben Park']}),
    # The bold title ends where the names start: a given name no lexicon knows, a title ending in name-like words.
    ('bold titles then names; the emphasis draws the line', 'authors',
     '## Outstanding Papers\n\n- [ ] **Adaptable Gizmos** Zorvane Hadi Moorkel, Quentin Delfosse, Ana Souza\n'
     '- [ ] **Towards Fast Widgets: A Standard Test and A Strong Baseline** Chen Wei, Dana Levi, Ido Katz\n'
     '- [ ] **Sparse Gizmo Attention at Scale** Fay Wong, Gil Amir\n',
     {'Adaptable Gizmos': ['Zorvane Hadi Moorkel', 'Quentin Delfosse', 'Ana Souza'],
      'Towards Fast Widgets: A Standard Test and A Strong Baseline': ['Chen Wei', 'Dana Levi', 'Ido Katz'],
      'Sparse Gizmo Attention at Scale': ['Fay Wong', 'Gil Amir']}),
    # An award's name in bold before the plain title is no part of it.
    ('bold award label, then title and names', 'authors',
     '## Awards\n\n- **Best Paper** Widget Nets for Gizmo Parsing, Ana Souza, Ben Park\n'
     '- **Honourable Mention** Sparse Gizmo Attention at Scale, Chen Wei, Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi']}),
    # "Paper: Surname et al., Title ([labelled links])": the title after "et al.,", not a link's label.
    ('paper field: surname et al., title, labelled links', 'code',
     '## Overview\n\nPaper: Souza et al., Generative Widget Dynamics ([project page](https://widget-dynamics.github.io/), '
     '[wclr2031 open access](https://openaccess.example.org/content/WCLR2031/papers/Souza_Generative_Widget_Dynamics_paper.pdf) '
     'or [arxiv](https://arxiv.org/abs/2601.00001)).\n',
     {'Generative Widget Dynamics': [['Souza'], ['https://widget-dynamics.github.io/']]}),
    # A quoted method's name that is the head of the paper's title is a mention of that paper.
    ('quoted method name heading the title', 'authors',
     '## Overview\n\nPaper: Park et al., Adaptive Widget Displacement for Semi-Supervised Gizmo Segmentation '
     '([wclr2031 open access](https://openaccess.example.org/content/WCLR2031/papers/Park_Adaptive_paper.pdf) or [arxiv](https://arxiv.org/abs/2601.00002)).\n\n'
     '## Novelties\n\n- They proposed an "Adaptive Widget Displacement" (AWD) method to solve the problems of consistency learning.\n'
     '- AWD has two perturbations.\n',
     {'Adaptive Widget Displacement for Semi-Supervised Gizmo Segmentation': ['Park']}),
    # A lab or a group in brackets after a title is no part of it, nor an author.
    ('organisation in brackets after the title', 'authors',
     '## Papers\n\n- Grounding Widget Matching in 3D with Gizmo (Widget LABS Europe)\n'
     '- **Learning to Make Gizmos Sub-Pixel Accurate** (Ana Souza Group)\n- Sparse Gizmo Attention at Scale (Google Research)\n',
     {'Grounding Widget Matching in 3D with Gizmo': [], 'Learning to Make Gizmos Sub-Pixel Accurate': [], 'Sparse Gizmo Attention at Scale': []}),
    # Numbered highlights: a bold title, its names in brackets, a dash and a note; surnames alone in the bracket.
    ('numbered bold titles, bracketed names, a dash and a note', 'code',
     '## Day 2 highlights\n\n1. **Widget Nets for Gizmo Parsing** (Souza et al.) — a neat trick for parsing gizmos with widgets. '
     '[paper](https://arxiv.org/abs/2601.00001)\n2. **Sparse Gizmo Attention at Scale** (Park & Wei) — makes attention sparse. '
     '[code](https://github.com/bpark/sga)\n3. **Learning to Rank Gizmos** (Mori, Katz and Wong) – ranking with gizmos.\n',
     {'Widget Nets for Gizmo Parsing': [['Souza'], []], 'Sparse Gizmo Attention at Scale': [['Park', 'Wei'], ['https://github.com/bpark/sga']],
      'Learning to Rank Gizmos': [['Mori', 'Katz', 'Wong'], []]}),
    # Titles in a post's sentences: full names in brackets after a verb of seeing; an italic title after "In".
    ('prose: enjoyed Title (names); In *Title*, names show', 'authors',
     '# Thoughts on WCLR 2031\n\nAmong the orals, I really enjoyed Sparse Gizmo Attention at Scale (Chen Wei, Dana Levi). The talk was clear.\n\n'
     'In *Dense Widget Flow in the Wild*, Fay Wong and Gil Amir show how flows help.\n',
     {'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi'], 'Dense Widget Flow in the Wild': ['Fay Wong', 'Gil Amir']}),
    # "Title: a note" in a list: the writer's words after the colon (a possessive, a verdict) are no subtitle.
    ('list items: title, a colon and the writer\'s note', 'authors',
     '## Day 1\n\n* Widget Nets for Gizmo Parsing – really liked this one, check the [code](https://github.com/asouza/wn)\n'
     '* Sparse Gizmo Attention at Scale: sparse attention, from Chen Wei\'s lab\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': []}),
    # Two titles in one sentence: "X by A and Y by B" after a colon; two italic titles after "enjoyed".
    ('prose: two titles joined by and, each with its names; two italic titles', 'authors',
     'Two posters stood out: Widget Nets for Gizmo Parsing by Ana Souza and Sparse Gizmo Attention at Scale by Chen Wei.\n\n'
     'I also enjoyed *Learning to Rank Gizmos* and *Gizmo Trees for Widget Retrieval*, both from the same group.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza'], 'Sparse Gizmo Attention at Scale': ['Chen Wei'],
      'Learning to Rank Gizmos': [], 'Gizmo Trees for Widget Retrieval': []}),
    # A thread: handles after "by" are no part of the title, nor names.
    ('thread: title by handles, a dash and a note', 'authors',
     'Thread on my favourite WCLR papers\n\n1/ Widget Nets for Gizmo Parsing by @asouza and @bpark — parsing gizmos with widgets. '
     'https://arxiv.org/abs/2601.00001\n\n3/ I liked [Learning to Rank Gizmos](https://arxiv.org/abs/2601.00003) by Mori et al. too.\n',
     {'Widget Nets for Gizmo Parsing': [], 'Learning to Rank Gizmos': ['Mori']}),
    # "Title. Names. *Venue*. [[code]](url)": the names between the two full stops, however the segmenter read them.
    ('numbered reference: title, stop, names, stop, italic venue', 'code',
     '## Reading list\n\n1. Learning to Rank Gizmos. Hana Mori, Ido Katz. *WCLR 2031*. [[code]](https://github.com/hmori/rank)\n'
     '2. Sparse Gizmo Attention at Scale. Chen Wei, Dana Levi. *WCLR 2031*.\n',
     {'Learning to Rank Gizmos': [['Hana Mori', 'Ido Katz'], ['https://github.com/hmori/rank']],
      'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    # A subtitle the segmenter read as a name ("An Overview": an article and an English word) is the title's.
    ('subtitle read as a name: an article and a word', 'authors',
     '## Paper notes\n\n* Generative Adversarial Nets: An Overview [[link](https://arxiv.org/abs/2601.00001)] [[notes](papers/gwn.md)]\n'
     '* Sparse Gizmo Attention at Scale [[link](https://arxiv.org/abs/2601.00002)]\n',
     {'Generative Adversarial Nets: An Overview': [], 'Sparse Gizmo Attention at Scale': []}),
    # A plain line of its own that ends in a colon and says papers announces the list under it, as a heading would.
    ('a plain colon line announces the papers under it', 'authors',
     '# Notes from WCLR\n\nPapers I liked:\n\n* Learning Visual Gizmos from Noisy Web Widgets\n'
     '* Scaling Laws for Neural Widget Translation\n* Efficient Attention for Long Gizmo Documents\n\nThe posters were crowded.\n',
     {'Learning Visual Gizmos from Noisy Web Widgets': [], 'Scaling Laws for Neural Widget Translation': [],
      'Efficient Attention for Long Gizmo Documents': []}),
    # "Author(s): Name*, Affiliation; Name, Affiliation" (a programme's export): the semicolons part the names,
    # what follows each first comma is where that person works (an organisation's word, or the same words twice).
    ('name, affiliation pieces between semicolons', 'authors',
     '# WCLR 2031\n\nTitles that caught my eye:\n\n* Circle Widgets for Gizmo Recommendation\n'
     'Author(s): Ana Souza*, Widget Department, Gizmo Institute; Ben Park, Sprocket Labs; Chen Wei, Gizmo Institute of Technology\n'
     '* Learning Binary Gizmos for Widget Filtering\nAuthor(s): Dana Levi*, Widget Tech; Hana Mori, Widget Tech\n'
     '* Finding Trending Widgets\nAuthor(s): Ido Katz; Lena Kowalski; Jia Levi\n',
     {'Circle Widgets for Gizmo Recommendation': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Learning Binary Gizmos for Widget Filtering': ['Dana Levi', 'Hana Mori'],
      'Finding Trending Widgets': ['Ido Katz', 'Lena Kowalski', 'Jia Levi']}),
    # Bold inside the quotes, the sentence's stop inside too: the markup is no part of the title.
    ('bold titles inside quotes', 'authors',
     'There were two contributions from our lab: "**Risky Widgets: Modeling Uncertainty in Gizmo Retrieval**" and '
     '"**Portfolio Theory of Gizmo Retrieval**." I am planning on reading these soon.\n',
     {'Risky Widgets: Modeling Uncertainty in Gizmo Retrieval': [], 'Portfolio Theory of Gizmo Retrieval': []}),
    # A bold run-in head over a paragraph whose first two sentences say it is a paper ("The authors", "Researchers
    # from ... showed"); a run-in head over a talk's part is none, and one over a byline stays the record it is.
    ('bold run-in heads over notes on a paper', 'authors',
     '# WCLR notes\n\n'
     '**Sparse Widget Networks for Gizmo Parsing**. A group from Gizmo University explored random walks on the widget graph for parsing gizmos in web contexts, like the widget store. The authors posted their dataset online, which caused some stir.\n\n'
     '**Learning to Rank Gizmos with Widget Trust.** Researchers from Widget University showed how to merge trust values with gizmo filtering that is based on factorisation.\n\n'
     '**The State of Widget Search.** Ana then discussed her work on the one aspect of search that is not in the above. In fact, most of what we search for was found by a friend before.\n\n'
     '**Multi-Step Gizmo Interactions from Widget Videos.** Hana Mori, Ido Katz, Chen Wei. WCLR 2031. [*PDF*](https://example.org/papers/gizmo.pdf)\n',
     {'Sparse Widget Networks for Gizmo Parsing': [], 'Learning to Rank Gizmos with Widget Trust': [],
      'Multi-Step Gizmo Interactions from Widget Videos': ['Hana Mori', 'Ido Katz', 'Chen Wei']}),
    # "[Title](pdf) (Names). A note on it.": the link that opens the line is the title, however long the note after the names.
    ('linked title, bracketed names, then a note', 'authors',
     '## Challenge entries\n\n* [Widget parsing with gizmo networks](https://example.org/abstracts/2031/SW1.pdf) '
     '(Hana Mori, Ido Katz, Ben Park). Took part in the Patterns for Widget Prediction task.\n'
     '* [Polyphonic gizmo classification with LSTM networks](https://example.org/abstracts/2031/YB2.pdf) '
     '(Dana Levi and Emil Novak). Participated in the Patterns for Prediction task.\n',
     {'Widget parsing with gizmo networks': ['Hana Mori', 'Ido Katz', 'Ben Park'],
      'Polyphonic gizmo classification with LSTM networks': ['Dana Levi', 'Emil Novak']}),
    # '"Title?" by Names': a given name no lexicon knows before a surname that is an English word; the
    # line read as a record gives the quoted title its names.
    ('quoted question title by an unknown given name', 'authors',
     'The papers presented were:\n\n"How Well Can a Widget Predict the Gizmo Responses of Participants?" by Taring Song and Ido Katz\n\n'
     '"Sparse Widget Networks for Gizmo Parsing" by Chen Wei and Dana Levi\n',
     {'How Well Can a Widget Predict the Gizmo Responses of Participants?': ['Taring Song', 'Ido Katz'],
      'Sparse Widget Networks for Gizmo Parsing': ['Chen Wei', 'Dana Levi']}),
    # A venue and its sessions as headings linked to folders of their own, over checklists of papers
    # with names: the headings are categories, not papers, and their folder links are nobody's code.
    ('headings linked to folders over named checklists', 'code',
     '# Widget Reading List\n\n'
     '## [31st WidgetConf 2031: Austin, TX, USA](https://github.com/asouza/readinglist/tree/master/WC/2031)\n\n'
     '### [***Session A4: Widgets***](https://github.com/asouza/readinglist/tree/master/WC/2031/Session%20A4%20Widgets)\n\n'
     '- [ ] **Ana Souza**, Ben Park, Chen Wei: </br>\n    **Widget Nets for Gizmo Parsing.**\n\n'
     '### [***Session B1: Gizmos***](https://github.com/asouza/readinglist/tree/master/WC/2031/Session%20B1%20Gizmos)\n\n'
     '- [ ] **Dana Levi**, Emil Novak: </br>\n    **Sparse Gizmo Attention at Scale.**\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park', 'Chen Wei'], []],
      'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Emil Novak'], []]}),
    # Linked titles, a "|" and the venue, one a line: the pipe ends the title (it is a cell's border).
    ('linked titles with a venue after a pipe', 'authors',
     'Papers he mentioned:\n\n[The widget as hacker](https://example.org/papers/widget.pdf) | Trends in Gizmo Science\n'
     '[Learning to learn generative widgets with gizmos](https://arxiv.org/abs/2601.00001) | WCLR\'31\n',
     {'The widget as hacker': [], 'Learning to learn generative widgets with gizmos': []}),
    # A day's slots as headings: a person met by title and name is no paper, nor is the run before the name.
    ('a slot for meeting a person by title', 'authors',
     '# Day 2 at WidgetConf 2031\n\n---\n\n## 10:00–10:30 – Meeting Dr. Ana Souza\n\n'
     'I met **Dr. Ana Souza** in person, the Program Chair of WidgetConf 2031. She and **Dr. Ben Park** (Widget University) '
     'have introduced several innovations into this year’s format.\n\n---\n\n## 10:30–12:00 – Best Paper\n\n'
     '*“Sparse Gizmo Attention at Scale”*  \n**Authors:** Chen Wei, Dana Levi (Widget University)\n',
     {'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi']}),
    # Names a lower-case word follows are a sentence's subject, not the byline of the title above
    # (that title, with no names and no link, is left to the judge, which doubts a bare line).
    ('names opening a sentence under a title', 'authors',
     'Widget Nets for Gizmo Parsing\nAna Souza, Ben Park\n\nSparse Widget Units for Gizmo Parsing\n\n'
     'ReLU, LReLU, Maxout cant learn non-convex functions (does this matter if you have deeper widgets?)\n\n'
     'Learning to Branch in Gizmo Solvers\nChen Wei, Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning to Branch in Gizmo Solvers': ['Chen Wei', 'Dana Levi']}),
    # "et al" without its full stop after an initial and a surname in brackets.
    ('initial surname et al without a stop', 'authors',
     '## Papers\n\n**Learning to Rank Widgets in MIP**\nAna Souza, Ben Park\n\nLearning to Branch in Gizmo Solvers (E. Souza et al)\n',
     {'Learning to Rank Widgets in MIP': ['Ana Souza', 'Ben Park'], 'Learning to Branch in Gizmo Solvers': ['E. Souza']}),
    # The venue, its year and where it was held in brackets after the title: neither title nor names.
    ('venue year and place in brackets', 'authors',
     '### 2031\n\n|<img align="left" src="https://asouza.github.io/images/wfpn.png">|**WidgetFPN**: Residual Skip Connections in '
     'Gizmo Pyramid Networks for Dense Widget Matching (IEEE ICPR-2031, Milan, Italy) [**[paper]**](https://arxiv.org/abs/2606.12235)|\n'
     '|<img align="left" src="https://asouza.github.io/images/dgf.png">|**DeepGizmoFlow**: A Deep Learning Architecture For Widget '
     'Flow Estimation (IEEE/RSJ IROS-2031, Las Vegas, NV, USA) [**[paper]**](https://arxiv.org/abs/2606.12236)|\n\n'
     '- **Widget Nets for Gizmo Parsing** (ICML 2031, Vienna, Austria) [paper](https://arxiv.org/abs/2601.00001)\n'
     '- **Learning to Rank Gizmos** (Ana Souza, Ben Park) [paper](https://arxiv.org/abs/2601.00003)\n',
     {'WidgetFPN: Residual Skip Connections in Gizmo Pyramid Networks for Dense Widget Matching': [],
      'DeepGizmoFlow: A Deep Learning Architecture For Widget Flow Estimation': [],
      'Widget Nets for Gizmo Parsing': [], 'Learning to Rank Gizmos': ['Ana Souza', 'Ben Park']}),
    # APA references under a heading, each "Last, I., Last, I. (year). Title. Venue.": a full stop the
    # segmenter read as a name after the venue leaves the pairs of surnames and initials as they are.
    ('apa references', 'authors',
     'References\n\nSouza, A., Park, B. (2031). Widget Nets for Gizmo Parsing. NeurIPS.\n\n'
     'Wei, C., Levi, D. (2031). Sparse Gizmo Attention at Scale. NeurIPS.\n',
     {'Widget Nets for Gizmo Parsing': ['A. Souza', 'B. Park'], 'Sparse Gizmo Attention at Scale': ['C. Wei', 'D. Levi']}),
    # Titles in a sentence, each with its authors' surnames in brackets (no year): each title its own names.
    ('titles in a sentence with bracketed surnames', 'authors',
     'Some papers from the workshop: Widget Nets for Gizmo Parsing (Souza, Park & Wei), Sparse Gizmo Attention at Scale '
     '(Levi and Novak), and a few more.\n\nThe best talk was Learning to Rank Gizmos with Widgets (Mori & Katz), which ranks gizmos.\n',
     {'Widget Nets for Gizmo Parsing': ['Souza', 'Park', 'Wei'], 'Sparse Gizmo Attention at Scale': ['Levi', 'Novak'],
      'Learning to Rank Gizmos with Widgets': ['Mori', 'Katz']}),
    # Quoted lines that are no titles: a tally of papers per author, and a common word in outline notes.
    ('a tally per author and a quoted common word', 'authors',
     'Top authors by papers:\n\n"Ana Souza - 16"\n"Ben Park - 12"\n"Chen Wei - 10"\n\nPapers I liked:\n\n'
     '* "Widget Nets for Gizmo Parsing" - Dana Levi, Emil Novak\n\nModules of the controller:\n'
     '    "Find" : Hana Mori Nationality\n    "Compare" : ...\n',
     {'Widget Nets for Gizmo Parsing': ['Dana Levi', 'Emil Novak']}),
    # Tables with a header: a title stops at its cell's border, and a column of the writer's notes holds no names.
    ('table cells are borders of titles and names', 'authors',
     '| Paper | Interest | Again? |\n| --- |:---:| ---:|\n'
     '| [Attention is not not widgets](https://example.org/W31-1002.pdf) | BS | No |\n'
     '| [Transfer Learning Between Related Gizmos](https://example.org/W31-1004.pdf) | Expectation Regularization, XR framework, Leverage Doc Sentiment for ABSA | Yes |\n'
     '| [Sparse Gizmo Attention at Scale](https://example.org/W31-1005.pdf) | Widget stuff | Maybe |\n\n'
     '| Year | Title | Authors |\n| --- | --- | --- |\n'
     '| 2031 | Semantic widget induction from heterogenous gizmos | Ana Souza, Widget University<br>Ben Park, Gizmo Labs |\n'
     '| 2030 | Learning to Rank Gizmos | Chen Wei, Widget University |\n',
     {'Attention is not not widgets': [], 'Transfer Learning Between Related Gizmos': [], 'Sparse Gizmo Attention at Scale': [],
      'Semantic widget induction from heterogenous gizmos': ['Ana Souza', 'Ben Park'], 'Learning to Rank Gizmos': ['Chen Wei']}),
    # Prose: a presenter's possessive before "talk on Title"; an imperative before a title read as a record.
    ('a possessive talk and an imperative before the title', 'authors',
     '# My WidgetConf 2031 trip\n\nChen Wei\'s talk on Sparse Gizmo Attention at Scale was excellent, and the room was packed.\n\n'
     'Check out Contrastive Gizmo Pretraining at Scale (https://arxiv.org/abs/2601.00002) by Emil Novak.\n',
     {'Sparse Gizmo Attention at Scale': ['Chen Wei'], 'Contrastive Gizmo Pretraining at Scale': ['Emil Novak']}),
    # Prose read as records: a reporting verb before or after the title, a pick's label, a byline after the title.
    ('reporting verbs and picks around titles in prose', 'authors',
     '# Notes from WidgetConf 2031\n\nWidget Nets for Gizmo Parsing, presented by Ana Souza and Ben Park, shows that widgets parse gizmos.\n\n'
     'Chen Wei and Dana Levi (Google) presented Sparse Gizmo Attention at Scale.\n\n'
     'My favourite: Learning to Rank Gizmos with Widgets by Hana Mori.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi'],
      'Learning to Rank Gizmos with Widgets': ['Hana Mori']}),
    # English titles in prose of other languages, with their names after a preposition or a field word.
    ('titles quoted in other languages with their names', 'authors',
     '# Konferenzbericht\n\nBesonders gefallen hat mir das Paper „Widget Nets for Gizmo Parsing“ von Ana Souza und Ben Park.\n\n'
     'J\'ai aimé l\'article « Sparse Gizmo Attention at Scale » de Chen Wei et Dana Levi.\n\n'
     '论文《Neural Widget Fields for Gizmo Rendering》，作者 Emil Novak、Fay Wong。\n\n'
     '「Contrastive Gizmo Pretraining at Scale」（Gus Moreno, Jon Snow）は面白かった。\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi'],
      'Neural Widget Fields for Gizmo Rendering': ['Emil Novak', 'Fay Wong'],
      'Contrastive Gizmo Pretraining at Scale': ['Gus Moreno', 'Jon Snow']}),
    # A title the apposition after it calls a paper.
    ('a title then one of my favourite papers', 'authors',
     'This was part of the philosophy around Diffusion Guided Widget Modeling, one of my favorite papers from 2031. '
     'The authors used simple plug and play classifiers.\n',
     {'Diffusion Guided Widget Modeling': []}),
    # A coined name with its paper cited as a link right after it.
    ('a coined name with a linked citation', 'authors',
     'One of my favorite papers from WidgetConf was GizmoAnnotating ([Souza et al., 2031](https://aclanthology.org/2031.wc-main.92.pdf)), '
     'which uses an uncertainty metric to allocate annotation. Plain words (Park et al., 2031) name nothing.\n',
     {'GizmoAnnotating': ['Souza']}),
    # Plain text: a paper's URL written out in brackets after its title in a sentence; a title quoted
    # “so“, its opening mark typed again to close it.
    ('plain text titles before their paper urls', 'authors',
     'Our highlights\n\nOne eye-catching poster was Modelling dynamic widget connectivity with latent gizmo factors '
     '(https://papers.nips.cc/paper/9036-modeling-dynamic-widget-connectivity.pdf). This paper made us think.\n\n'
     'A highlight was Sparse Widget Inference: Gizmo coresets from scratch (https://papers.nips.cc/paper/9322-sparse-widget-inference.pdf), '
     'presenting data compression.\n\nA nice exception was Ana Souza\'s work on Taylor-Mode Widget Differentiation for Higher-Order Gizmos '
     '(https://openreview.net/forum?id=SkxEF3FNPH), which is an implementation.\n\n'
     'One of those was a demo, titled “Cornac-WB: An Open-Source Widget Framework with Native A/B Gizmo Testing (https://github.com/asouza/cornac-wb)“, '
     'which featured A/B testing.\n',
     {'Modelling dynamic widget connectivity with latent gizmo factors': [],
      'Sparse Widget Inference: Gizmo coresets from scratch': [],
      'Taylor-Mode Widget Differentiation for Higher-Order Gizmos': ['Ana Souza'],
      'Cornac-WB: An Open-Source Widget Framework with Native A/B Gizmo Testing': []}),
    # A plain-text reading list: each item a title and its paper's URL written out in brackets.
    ('plain text items with paper urls in brackets', 'authors',
     'Here is my reading list from the proceedings of WidgetSys 2031:\n\n'
     '- Countering Gizmo Bias by Regularizing Widget Differences (https://dl.acm.org/doi/10.1145/3523227.3546757)\n'
     '- Measuring Commonality in Recommendation of Widget Content: Gizmo Systems to Enhance Cultural Widgets (https://dl.acm.org/doi/10.1145/3523227.3551476)\n'
     '- Recommender Systems and Algorithmic Gizmos (https://dl.acm.org/doi/10.1145/3523227.3551480)\n',
     {'Countering Gizmo Bias by Regularizing Widget Differences': [],
      'Measuring Commonality in Recommendation of Widget Content: Gizmo Systems to Enhance Cultural Widgets': [],
      'Recommender Systems and Algorithmic Gizmos': []}),
    # A plain-text byline line with labelled URLs written out: no title holds a URL, the names are the title's above.
    ('a byline with written out urls under the title', 'code',
     'Navigation\n- Cognitive Widget Mapping and Planning for Visual Gizmos. \nAna Souza, Ben Park, Chen Wei. Paper '
     '(https://arxiv.org/abs/2601.03920) Project (https://sites.google.com/view/widget-mapping/) Code (https://github.com/asouza/widget-mapping)\n\n'
     'Tracking\n- GizmoAgent: Budget-Constrained 6D Widget Pose Estimation via Reinforcement Learning\n',
     {'Cognitive Widget Mapping and Planning for Visual Gizmos': [['Ana Souza', 'Ben Park', 'Chen Wei'],
                                                                 ['https://sites.google.com/view/widget-mapping/', 'https://github.com/asouza/widget-mapping']],
      'GizmoAgent: Budget-Constrained 6D Widget Pose Estimation via Reinforcement Learning': [[], []]}),
    # Plain text: a project page's URL in brackets right after the title is its link (the title's anchor in markdown).
    ('plain text item with its project page in brackets', 'code',
     'Papers I liked:\n\n- Going beyond Widget-LDA for Detecting Specific Gizmos on News & Blogs (http://widgetlab.example.edu/sctm/)\n'
     '- Modelling Widget Time to Predict Gizmo-level Satisfaction\n- Lessons from the Journey: A Widget Log Analysis of Gizmo Learning\n',
     {'Going beyond Widget-LDA for Detecting Specific Gizmos on News & Blogs': [[], ['http://widgetlab.example.edu/sctm/']],
      'Modelling Widget Time to Predict Gizmo-level Satisfaction': [[], []],
      'Lessons from the Journey: A Widget Log Analysis of Gizmo Learning': [[], []]}),
    # Plain text: a link's label written before its URL after the title is no part of the title.
    ('plain text label word before a written url', 'authors',
     'SLAM\n- WIDGET-SLAM: Real-Time Dense Monocular Widgets with Learned Gizmo Prediction Website (https://arxiv.org/abs/2604.03489)\n'
     '- GIZ-SLAM: Robust Monocular Gizmos Using Normalised Widget Distance Code: https://github.com/asouza/giz-slam\n'
     '- Sparse Gizmo Attention at Scale for Widget Mapping\n',
     {'WIDGET-SLAM: Real-Time Dense Monocular Widgets with Learned Gizmo Prediction': [],
      'GIZ-SLAM: Robust Monocular Gizmos Using Normalised Widget Distance': [],
      'Sparse Gizmo Attention at Scale for Widget Mapping': []}),
    # Plain text: a link's label and its URL written out open each item, then a dash and the title.
    ('plain text labelled urls before the titles', 'authors',
     'Referenced Sources\n- Paper (https://arxiv.org/abs/2604.10817) - Reward Reports for Widget Learning\n'
     '- Paper (https://arxiv.org/abs/2603.12206) - WidgetConf Reproducibility Program\n'
     '- Paper (https://arxiv.org/abs/2603.08505) - A Gizmo Learning Reality Check\n',
     {'Reward Reports for Widget Learning': [], 'WidgetConf Reproducibility Program': [], 'A Gizmo Learning Reality Check': []}),
    # Plain text: a name, its paper's URL and its code's, each after a label ("[paper](url) + [repo](url)" in markdown).
    ('plain text names with labelled urls written out', 'code',
     'Fun papers\n- Widget Dataset Inference paper (https://arxiv.org/abs/2606.06443) + repo (https://github.com/asouza/widget_inference/)\n'
     '- gizmattri paper (https://arxiv.org/abs/2610.04555) + repo (https://github.com/WLab/gizmattri)\n'
     '- Palomino paper (https://arxiv.org/abs/2612.10523) + dataset (https://huggingface.co/datasets/wlab/palomino)\n'
     '- GizmoTikZify paper (https://arxiv.org/abs/2605.15306) + repo (https://github.com/bpark/GizmoTikZify)\n'
     '- WidgetBench paper (https://arxiv.org/abs/2611.00180) + repo (https://github.com/cwei/widgetbench)\n'
     '- Centre for Widget Generations brief (https://cwg.example.eu/the-widget-network/) - The Widget Institute Network\n',
     {'Widget Dataset Inference': [[], ['https://github.com/asouza/widget_inference/']],
      'gizmattri': [[], ['https://github.com/WLab/gizmattri']],
      'Palomino': [[], ['https://huggingface.co/datasets/wlab/palomino']],
      'GizmoTikZify': [[], ['https://github.com/bpark/GizmoTikZify']], 'WidgetBench': [[], ['https://github.com/cwei/widgetbench']]}),
    # Plain text: titles listed in a sentence, each with its paper's URL written out after it.
    ('plain text titles listed in a sentence with their urls', 'authors',
     'There were also papers that looked at aggregated widget issues such as Multi-task learning for aggregated gizmos '
     'using widget processes (https://papers.nips.cc/paper/8531-multi-task-gizmos.pdf), Spatially aggregated widget processes '
     'with multivariate areal gizmos (https://papers.nips.cc/paper/8565-spatially-aggregated-widgets.pdf) and Missing widgets '
     'in gizmo completion (https://papers.nips.cc/paper/9628-missing-widgets.pdf). Additionally, the paper discussing Multiway '
     'clustering via widget block models (https://papers.nips.cc/paper/8360-multiway-widgets.pdf) was nice.\n',
     {'Multi-task learning for aggregated gizmos using widget processes': [],
      'Spatially aggregated widget processes with multivariate areal gizmos': [],
      'Missing widgets in gizmo completion': [], 'Multiway clustering via widget block models': []}),
    # A link to a society's site inside a sentence of thanks is no paper, though the sentence names a venue.
    ('a site linked inside a sentence of thanks', 'code',
     "I've greatly enjoyed this opportunity to learn more about my area of research, share my work with others, and "
     'network with the vision community this summer in Springfield!\n\n'
     'A huge thank you to [Widget Makers of Springfield](http://www.widgetmakers.org/) and [Gizmo Women](http://gizmowomen.org/) '
     'for supporting my research aspirations by helping fund my trip to CVPR!\n\n'
     '![Springfield](/assets/springfield.jpg){:style="margin: 15px 10px 10px 0; width=600px"}<br/><br/>\n',
     {}),
    # A reading list's date after the linked title's full stop is no part of the title.
    ('names, linked title, then a date', 'code',
     '## Recommendations\n\n- Ana Souza, Ben Park. [The Widget Recommender System: Algorithms, Business Value, and Gizmos]'
     '(https://dl.acm.org/doi/10.1145/2843948). 12/2015.\n'
     '- Chen Wei, Dana Levi. [Sparse Gizmo Attention at Scale](https://dl.acm.org/doi/10.1145/3539618.3591787). Dec. 2023.\n',
     {'The Widget Recommender System: Algorithms, Business Value, and Gizmos': [['Ana Souza', 'Ben Park'], []],
      'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    # Lines of "Title [paper URL written out]": the layout the lines share counts for the ones the segmenter doubts.
    ('titles then bracketed urls written out', 'code',
     "---\ntitle: 'WidgetConf 2031 Oral Collections'\n---\n\nOral Collections of WidgetConf 2031!\n\n## Part I (4)\n\nConvolutional Widgets with Adaptive Computation Graphs [https://arxiv.org/abs/1711.11503v1]\nProgressive Gizmo Architecture Search [https://arxiv.org/abs/1712.00559]\nLifting Layers: Analysis and Applications [https://arxiv.org/abs/1803.08660v1]\nProgrammable Light Widgets [http://imagesci.example.edu/files/paper/2018/LC_ECCV18.pdf]\n\n## Part II (2)\n\nMassively Parallel Widget Networks [https://arxiv.org/abs/1806.03863]\nDeepWrinkles: Accurate and Realistic Gizmo Modeling [http://openaccess.thecvf.com/content_ECCV_2018/papers/DeepWrinkles_ECCV_2018_paper.pdf]\n",
     {'Convolutional Widgets with Adaptive Computation Graphs': [[], []], 'Progressive Gizmo Architecture Search': [[], []],
      'Lifting Layers: Analysis and Applications': [[], []], 'Programmable Light Widgets': [[], []],
      'Massively Parallel Widget Networks': [[], []], 'DeepWrinkles: Accurate and Realistic Gizmo Modeling': [[], []]}),
    # A track's tag in brackets before each title ("[DEMO]", "[TACL]") is no part of it.
    ('track tags before the titles', 'code',
     '## Demos\n\n- [DEMO] Azimuth: Systematic Error Analysis for Widget Classification\n  Ana Souza, Ben Park\n- [DEMO] Gizmatic: A Toolkit for Widget Annotation\n  Chen Wei\n- [TACL] Morphology Without Borders: Clause-Level Gizmo Morphology\n  Dana Levi and Hana Mori\n',
     {'Azimuth: Systematic Error Analysis for Widget Classification': [['Ana Souza', 'Ben Park'], []],
      'Gizmatic: A Toolkit for Widget Annotation': [['Chen Wei'], []],
      'Morphology Without Borders: Clause-Level Gizmo Morphology': [['Dana Levi', 'Hana Mori'], []]}),
    # Plain text: a Title Case title that a sentence names last, before its paper's URL written out after a label.
    ('plain sentence naming a title before a labelled paper url', 'code',
     'Day 3\nTalks: For Love of Widget Art\n'
     'Amazing session focus on technical art in game production especially the first one Widget Art of Sea of Gizmos '
     '(Paper (http://delivery.acm.org/10.1145/3220000/3214820/a46-ang.pdf))\n\nThe rest was fun too.\n',
     {'Widget Art of Sea of Gizmos': [[], []]}),
    # A session heading with its rooms ("(Hall A, Room B)"): a place, no names, so no paper.
    ('session headings with their rooms', 'code',
     '## Session 2 - 11:00-12:30\n\n### Widget Parsing and Gizmo Systems 2 (Hall A, Room B)\n\n- **Widget Nets for Gizmo Parsing** - Ana Souza, Ben Park\n- **Sparse Gizmo Attention at Scale** - Chen Wei, Dana Levi\n\n### Machine Translation of Widgets (Hall B)\n\n- **Learning to Rank Gizmos with Few Widgets** - Hana Mori\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []],
      'Learning to Rank Gizmos with Few Widgets': [['Hana Mori'], []]}),
    # A lab's list of accepted papers with a field per line: an "Award nominations:" field is no title, and a link
    # whose two targets made it no link leaves no square bracket on its title.
    ('field lines with award nominations, a link of two targets', 'authors',
     '## List of Accepted Papers\n#### [Design of a Roller-Based Widget Hand for Gizmo Grasping](https://asouza.github.io/roller_widget.html)\n**Authors**: Ana Souza, Ben Park, J. Kenneth Salisbury\n<br>**Contact**: asouza@widget.edu\n<br>**Award nominations:** Best Paper, Best Student Paper\n<br>**Links:** [Paper](https://asouza.github.io/roller_widget.html) \\| [Video](https://youtu.be/abc)\n<br>**Keywords**: widget manipulation, grasping\n<hr>\n#### [Efficient Large-Scale Multi-Gizmo Delivery Using Transit Networks](https://arxiv.org/abs/1909.11840)\n**Authors**: Chen Wei, Dana Levi\n<br>**Contact**: cwei@widget.edu\n<br>**Award nominations:** Best Multi-Robot Systems Paper\n<br>**Links:** [Paper](https://arxiv.org/abs/1909.11840) \\| [Video](https://youtu.be/def)\n<hr>\n#### [Retraction of Soft Growing Widgets without Buckling](http://doi.org/10.1109/LRA.2020.2970629  http://arxiv.org/abs/1910.11863)\n**Authors**: Hana Mori, and Ido Katz\n<br>**Contact**: hmori@widget.edu\n<br>**Links:** [Paper](http://arxiv.org/abs/1910.11863) \\| [Video](https://youtu.be/ghi)\n<hr>\n',
     {'Design of a Roller-Based Widget Hand for Gizmo Grasping': ['Ana Souza', 'Ben Park', 'J. Kenneth Salisbury'],
      'Efficient Large-Scale Multi-Gizmo Delivery Using Transit Networks': ['Chen Wei', 'Dana Levi'],
      'Retraction of Soft Growing Widgets without Buckling': ['Hana Mori', 'Ido Katz']}),
    # A blog page's links to its previous and next posts ('<a><p>Next post</p> Title</a>') name other posts, not papers.
    ('html post navigation links', 'authors',
     '<html><head><title>Widget Lab Papers and Talks at WidgetConf 2031 | The Widget Lab Blog</title></head><body>\n<h1 id="post_title">Widget Lab Papers and Talks at WidgetConf 2031</h1>\n<h2>List of Accepted Papers</h2>\n<h4><a href="https://arxiv.org/abs/2601.00001">Widget Nets for Gizmo Parsing</a></h4>\n<p><strong>Authors</strong>: Ana Souza, Ben Park<br><strong>Contact</strong>: asouza@widget.edu</p>\n<hr>\n<h4><a href="https://arxiv.org/abs/2601.00002">Sparse Gizmo Attention at Scale</a></h4>\n<p><strong>Authors</strong>: Chen Wei, Dana Levi<br><strong>Contact</strong>: cwei@widget.edu</p>\n<hr>\n<div class="post-nav">\n  <a href="/blog/gizmoconf-2031/">\n  <p>Previous post</p>\n    Widget Lab Papers and Talks at GizmoConf 2031\n  </a>\n  <a href="/blog/widgetconf-2032/">\n  <p>Next post</p>\n    Widget Lab Research at the Widget Summit Workshop on Gizmos\n  </a>\n</div>\n</body></html>\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi']}),
    # A numbered heading whose link was never closed keeps neither its number nor its bracket.
    ('numbered headings, a link left open', 'authors',
     '## 多目标跟踪\n\n### 1.[Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001)\n\n作者 | Ana Souza, Ben Park\n\n'
     '### 8.[PIoU Loss: Towards Accurate Oriented Gizmo Detection in Complex Environments\n\n作者 | Chen Wei, Dana Levi\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'PIoU Loss: Towards Accurate Oriented Gizmo Detection in Complex Environments': ['Chen Wei', 'Dana Levi']}),
    # Tables whose header names the columns in Chinese or Japanese ("标题" / "作者", "タイトル" / "著者").
    ('a table with a Chinese header', 'code',
     '## 论文列表\n\n| 序号 | 标题 | 作者 | 链接 |\n| --- | --- | --- | --- |\n'
     '| 1 | Widget Nets for Gizmo Parsing | Ana Souza, Ben Park | [pdf](https://arxiv.org/abs/2601.00001) |\n'
     '| 2 | Sparse Gizmo Attention at Scale | Chen Wei, Dana Levi | [pdf](https://arxiv.org/abs/2601.00002) |\n'
     '| 3 | Learning to Rank Gizmos with Few Widgets | Hana Mori | [pdf](https://arxiv.org/abs/2601.00003) |\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []],
      'Learning to Rank Gizmos with Few Widgets': [['Hana Mori'], []]}),
    ('a table with a Japanese header', 'code',
     '## 気になった論文\n\n| タイトル | 著者 | メモ |\n| --- | --- | --- |\n'
     '| Widget Nets for Gizmo Parsing | Ana Souza, Ben Park | 面白い |\n'
     '| Sparse Gizmo Attention at Scale | Chen Wei, Dana Levi | 実装あり |\n'
     '| Learning to Rank Gizmos with Few Widgets | Hana Mori | 読みたい |\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []],
      'Learning to Rank Gizmos with Few Widgets': [['Hana Mori'], []]}),
    # A link label repeated on every row ("[Conference page - Video & Abstract](...)") is no title where a row
    # lost its title and the label opens the cell.
    ('a repeated link label opening a row', 'code',
     '| Title | Paper |\n| -: | :-: |\n'
     '| Widget Nets for Gizmo Parsing <br> [Conference page - Video & Abstract](https://widgetconf.cc/2031/poster/101) '
     '| [Paper](https://openreview.net/forum?id=wn01) |\n'
     '| Sparse Gizmo Attention at Scale <br> [Conference page - Video & Abstract](https://widgetconf.cc/2031/poster/102) '
     '| [Paper](https://openreview.net/forum?id=sg02) |\n'
     '| Learning to Rank Gizmos <br> [Conference page - Video & Abstract](https://widgetconf.cc/2031/poster/103) '
     '| [Paper](https://openreview.net/forum?id=lr03) |\n'
     '|  <br> [Conference page - Video & Abstract]() | [Paper](https://openreview.net/forum?id=xx04) |\n',
     {'Widget Nets for Gizmo Parsing': [[], []], 'Sparse Gizmo Attention at Scale': [[], []],
      'Learning to Rank Gizmos': [[], []]}),
    # "Name et al.’s work on Title.": the possessive and its "work on" are no part of the title.
    ('numbered picks: a name et al.’s work on a title', 'authors',
     'My top picks:\n\n  1. Ana Souza et al’s work on Widget Nets via Deep Gizmo Modeling. Impressive results and open source!\n'
     '  2. Ben Park et al.’s work on Investigating the Role of Sparse Gizmos in Widget Parsing.\n'
     '  3. Chen Wei et al’s work on Empirical Support for a Link between Widgets and Gizmos.\n',
     {'Widget Nets via Deep Gizmo Modeling': ['Ana Souza'],
      'Investigating the Role of Sparse Gizmos in Widget Parsing': ['Ben Park'],
      'Empirical Support for a Link between Widgets and Gizmos': ['Chen Wei']}),
    # A paragraph whose last sentence announces a paper with a colon, then the title on a line of its own.
    ('a title line after a sentence announcing a paper with a colon', 'authors',
     'Monday had a wonderful keynote on the status of simple widget models.\n\n'
     'As for the paper of the day, it is not from the conference but a recent preprint:\n\n'
     'Improving Streaming Widget Recognition With Gizmo Distillation On Unlabelled Data\n\n'
     'They trained on three million hours of widgets and improved accuracy by 30%.\n',
     {'Improving Streaming Widget Recognition With Gizmo Distillation On Unlabelled Data': []}),
    # Text copied from a web page: "•" bullets, each title over its indented names; an award's label on the
    # line right above a title (one space before the line break: no hard break) is no part of it.
    ('bullet glyphs and an award label over a title', 'authors',
     'Award Papers\n\nBest Paper Award \nWidgetTrails: A Bayesian Approach for Comparing Gizmo Trails\n'
     'Ana Souza (Widget Institute), Ben Park (TU Gizmo)\n\n'
     'Honorable Mentions (Best Paper Award Nominees) \n\n'
     '  • Grounding Blank Widgets while Preserving Structure\n    Chen Wei (Universidad de Widgets)\n'
     '  • E-commerce Widget Manipulation: The Emergence of Gizmos-as-a-Service\n    Dana Levi (Gizmo College), Eli Cohen (Widget University)\n'
     '  • Essential Widget Pages Are Easy to Find\n    Fay Wong (Gizmo Labs Barcelona)\n',
     {'WidgetTrails: A Bayesian Approach for Comparing Gizmo Trails': ['Ana Souza', 'Ben Park'],
      'Grounding Blank Widgets while Preserving Structure': ['Chen Wei'],
      'E-commerce Widget Manipulation: The Emergence of Gizmos-as-a-Service': ['Dana Levi', 'Eli Cohen'],
      'Essential Widget Pages Are Easy to Find': ['Fay Wong']}),
    # A list of notes under a paper, each a sentence: the one that happens to be capitalised is no paper.
    ('a capitalised note among notes', 'authors',
     'Papers I liked\n\nLearning Widget Descent: Better Generalization and Longer Horizons\n\n'
     '- Random scaling of the widgets.\n- Combination with Convex Gizmo Functions.\n'
     '- WidgetProp. Normalized gradient for gizmos and normalized momentum. They feed a rooted value in instead.\n\n'
     'Learning Algorithms for Active Widget Learning\n\nThey train a widget to pick gizmos.\n',
     {'Learning Widget Descent: Better Generalization and Longer Horizons': [], 'Learning Algorithms for Active Widget Learning': []}),
    # Award news: the winners before "for their paper, “Title.”", and a line "A and B for “Title”".
    ('award winners before a quoted title', 'authors',
     'WidgetConf 2031 took place in Lisbon. An award for Best Paper went to Ana Souza, Ben Park, and C. Wei '
     'for their paper, "Predictable Widgets using Intrinsic Gizmos."\n'
     'GizmoConf 2031 took place in Porto. Awards for Best Paper went to:\n'
     'Dana Levi and Eli B. Cohen for "Agents of Gizmos: A Systematic Study of Widgets on Modern Hardware"\n',
     {'Predictable Widgets using Intrinsic Gizmos': ['Ana Souza', 'Ben Park', 'C. Wei'],
      'Agents of Gizmos: A Systematic Study of Widgets on Modern Hardware': ['Dana Levi', 'Eli B. Cohen']}),
    # A scholar's citations ("Surname, Given, et al. “Title.” Venue (year).") in sentence case, a note list
    # between them; a title may open with "Session-" (no programme's session label).
    ('scholar citations in sentence case', 'authors',
     'Here I provide a list of papers that I encourage you to read.\n\n'
     'Souza, Ana, et al. “Session-based widget recommendations with recurrent gizmos.” arXiv preprint arXiv:3101.06939 (2031).\n\n\n'
     '  1. High-citation work, first work on utilizing gizmos for widgets.\n  2. Clear presentation on problem and opportunities\n\n'
     'Park, Ben, et al. “Widget attention is all you need.” Advances in gizmo processing systems 30 (2030).\n\n'
     'Wei, Chen, et al. “Deep residual learning for widget recognition.” Proceedings of the conference on widget recognition. 2029.\n',
     {'Session-based widget recommendations with recurrent gizmos': ['Ana Souza'],
      'Widget attention is all you need': ['Ben Park'], 'Deep residual learning for widget recognition': ['Chen Wei']}),
    # "Title (Surname et al., year) — a note · arXiv:id": the note after the byline, with the identifier, is no title.
    ('title, surname et al. and year, a dash and a note with an identifier', 'authors',
     'Key papers\n\n'
     '  • Widget Models Are Few-Shot Learners (Souza et al., 2030, WidgetConf) — GW-3, in-context widget emergence · arXiv:3005.14165\n'
     '  • The Gizmo 3 Herd of Widgets (Park et al., 2031) — 405B open-weight widgets · arXiv:3107.21783\n'
     '  • Scaling Widget Test-Time Compute Optimally (Wei et al., 2031) — adaptive widgets · arXiv:3108.03314\n',
     {'Widget Models Are Few-Shot Learners': ['Souza'], 'The Gizmo 3 Herd of Widgets': ['Park'],
      'Scaling Widget Test-Time Compute Optimally': ['Wei']}),
    # A full name of English words between two names of a byline ("Or Glass", "Tong Bu"); a byline in capitals.
    ('a name of english words inside a byline; names in capitals', 'authors',
     '## Papers\n\n- **Widget Nets for Gizmo Parsing** — Ana Souza, Or Glass, Ben Park\n'
     '- **Sparse Gizmo Attention at Scale** — Chen Wei, Rong Ge and Dana Levi\n'
     '- **Learning Widgets from Gizmos** — WEI ZHANG, DANA LEVI, BEN PARK\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Or Glass', 'Ben Park'],
      'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Rong Ge', 'Dana Levi'],
      'Learning Widgets from Gizmos': ['WEI ZHANG', 'DANA LEVI', 'BEN PARK']}),
    # "Another favourite was Title (A, B), ...": a favourite with no noun after it, its authors in brackets.
    ('a favourite with no noun, names in brackets', 'authors',
     'Some shout-outs from the conference.\n\n'
     'Another favourite was Sketching Interfaces for Widget Design (Ana Souza, Ben Park), a short paper with a great demo.\n',
     {'Sketching Interfaces for Widget Design': ['Ana Souza', 'Ben Park']}),
    # A submission system's list: a byline too long for a record, one name typed in lower case (taken too since names
    # with their affiliations in brackets count as neighbours).
    ('a long byline with affiliations and a lower-case name', 'authors',
     'Accepted Papers\n\nWidget Nets for Gizmo Parsing\n\n'
     'Ana Souza (University of Widgets)*; Ben Park (Gizmo Labs Research); chen wei (Widgetco); Dana Levi (Institute of '
     'Gizmo Engineering, Widget Academy of Sciences); Hana Mori (University of Widgets); Omar Haddad (Gizmo Labs)\n\n'
     'Sparse Gizmo Attention at Scale\n\nLi Na (Widget University)*\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'chen wei', 'Dana Levi', 'Hana Mori', 'Omar Haddad'],
      'Sparse Gizmo Attention at Scale': ['Li Na']}),
    # "by A and B was ...": the last name runs into the sentence, its given name unknown to the lexicon.
    ('the last name after by runs into the sentence', 'authors',
     'Best paper awards were announced tonight.\n'
     'The paper Widget Nets for Gizmo Parsing by Ana Souza and Oyelade Brannock was also nominated.\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Oyelade Brannock']}),
    # A list announced as papers, each item a sentence-case title, then a note with the paper's authors
    # as subject; a note on a visit ("They showed us") and a list of notes are no papers.
    ('sentence-case titles before a note on them', 'authors',
     'Widgets were the main topic this year. Here some articles that I enjoyed:\n'
     '- Towards general gizmo enhancement with widget networks. They generalize GizmoGAN to remove noise and clipping.\n'
     '- Met the folks from the widget lab. They showed us a demo of their robot.\n\n'
     'Notes:\n- Aggregates features coming from the same widget. They use superpixels as input.\n',
     {'Towards general gizmo enhancement with widget networks': []}),
    # A paper named by its place in a walk-through of papers.
    ('the first paper is a title', 'authors',
     'Reviewed a few orals.\n\nThe first paper is Less is More: GizmoBERT for Widget-and-Language Learning via Sparse Sampling [1]. '
     'The authors propose an end-to-end trainable widget.\n',
     {'Less is More: GizmoBERT for Widget-and-Language Learning via Sparse Sampling': []}),
    # A line of its own: a phrase in any case, then its paper's label link; not a sentence pointing
    # "[here]", nor the names line of an item whose title is on its first line.
    ('a sentence-case line before its paper label', 'authors',
     'Recognition and Segmentation\n\nGizmoRend: Widget segmentation as rendering ([paper](https://arxiv.org/abs/3101.00001))\n\n'
     'Widget segmentation models typically operate on regular grids.\n\n'
     'Self-training with noisy gizmos improves widget classification ([paper](https://arxiv.org/abs/3101.00002))\n\n'
     'From the paper under the same title which can be found [here](https://openreview.net/pdf?id=x1)\n\n'
     '* Cognitive Mapping and Planning for Widget Navigation. \nAna Souza, Ben Park [Paper](https://arxiv.org/abs/3101.00003)\n',
     {'GizmoRend: Widget segmentation as rendering': [],
      'Self-training with noisy gizmos improves widget classification': [],
      'Cognitive Mapping and Planning for Widget Navigation': ['Ana Souza', 'Ben Park']}),
    # A note under a paper's heading that owes its capitals to a name at its end is no paper.
    ('a note capitalised by a name at its end', 'authors',
     '## Papers I liked\n\n### 5. Widget Tropes (my favourite poster)\n\n#### What is it about?\n\n'
     '- Take 62 statements from the Gizmo Compass Test\n- Test them using 420 prompt variations\n'
     '- Demographic features significantly impact outcomes\n',
     {'Widget Tropes': []}),
    # APA references: "Title. Surname, I., ... & Surname, I. Venue, year." (the first surname right after
    # the title's stop; a venue word glued to the last initials or after them).
    ('apa references after their titles', 'authors',
     'These are the papers which will be presented.\n\n'
     '1. Evaluating the Effects of Widget Bias Mitigation: A Field Study. Souzanova, A., Park, B., Levi, D. & Mori, H. ACM WidgetConf 2031 LBR, 2031.\n'
     '2. Understanding How Gizmo Recommenders Influence Exposure. Wei, C., Katz, I. & Novak, J. GizmoRec workshop at ACM WidgetConf 2031, 2031.\n',
     {'Evaluating the Effects of Widget Bias Mitigation: A Field Study': ['A. Souzanova', 'B. Park', 'D. Levi', 'H. Mori'],
      'Understanding How Gizmo Recommenders Influence Exposure': ['C. Wei', 'I. Katz', 'J. Novak']}),
    # A paragraph of its own over an author field, its title ending in a word a talk's name may hold.
    ('a title ending in challenges over an author field', 'authors',
     'From the industry\n\nThis year I wanted to highlight these papers.\n\n'
     'Personalised Widgets for the Gizmo Player: Initial approach and current challenges\n\n'
     'Authors: Ana Souza, Ben Park, Chen Wei\n\nLinks: ACM Digital library\n\nThe team shares what worked.\n',
     {'Personalised Widgets for the Gizmo Player: Initial approach and current challenges': ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    # One title a line, its names on the next, no blank lines; given names no lexicon knows.
    ('title lines over name lines with unknown given names', 'authors',
     'Accepted Papers\n\nFair Widgets for Rankings in Two-Sided Gizmo Markets\nLequn Park and Thorsten Novak\n'
     'Effective and Privacy-preserving Federated Widget Learning\nShuyi Wang, Bing Liu, Shengyao Zhuang and Guido Zanetti\n'
     'Understanding the Effectiveness of Reviews in Gizmo Recommendation\nZhichao Xu and Hansi Zeng\n',
     {'Fair Widgets for Rankings in Two-Sided Gizmo Markets': ['Lequn Park', 'Thorsten Novak'],
      'Effective and Privacy-preserving Federated Widget Learning': ['Shuyi Wang', 'Bing Liu', 'Shengyao Zhuang', 'Guido Zanetti'],
      'Understanding the Effectiveness of Reviews in Gizmo Recommendation': ['Zhichao Xu', 'Hansi Zeng']}),
    # "the X Best Paper Award": an award's name, not "the X paper".
    ('a paper award named in a sentence', 'authors',
     'The editors invited five of the papers short-listed for the WidgetConf Best Paper Award to submit a longer version. '
     'We liked their Sparse Widget Nets paper a lot.\n',
     {'Sparse Widget Nets': []}),
    # A company's list of its papers: title and byline paragraphs, the byline broken after a comma.
    ('a byline paragraph broken over two lines after a comma', 'authors',
     'Accepted papers\n\nNewsWidget: Facilitating Diverse Gizmo Reading through Comparative Annotation\n\n'
     'Ana Souza, Ben Park\n\n“The less I widget, the better”: How Gizmo Models can Enhance Communication\n\n'
     'Chen Wei, Dara Okafor, Emil Novak,\nFrida Lund\n\nA Mixed-Methods Approach to Widget Trust\n\nGus Hale*, Hana Mori\n',
     {'NewsWidget: Facilitating Diverse Gizmo Reading through Comparative Annotation': ['Ana Souza', 'Ben Park'],
      'The less I widget, the better: How Gizmo Models can Enhance Communication': ['Chen Wei', 'Dara Okafor', 'Emil Novak', 'Frida Lund'],
      'A Mixed-Methods Approach to Widget Trust': ['Gus Hale', 'Hana Mori']}),
    # A company's post on a conference: roles in clauses before a colon, then its papers, then a workshop.
    ('role clauses before a colon over lists of people', 'authors',
     'Board and Organizing Committee\nBoard Members include: Ana Souza, Ben Park\nWorkshop Chairs include: Chen Wei\n'
     'Outstanding Paper awards\nEmergence of Widgets in the Memories of Blind Gizmo Agents\nDara Okafor, Emil Novak\n'
     'Workshops\nReincarnating Widget Learning (Reincarnating WL)\nOrganizers include: Frida Lund, Gus Hale\n'
     'Panelists include: Hana Mori, Ida Berg\n',
     {'Emergence of Widgets in the Memories of Blind Gizmo Agents': ['Dara Okafor', 'Emil Novak']}),
    # ... but a clause before a colon over a title is a record's line like any other.
    ('a clause before a colon over a linked title and its names', 'authors',
     'Notes.\n\nThe highlights were: [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/3101.00001), Ana Souza and Ben Park\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park']}),
    # An award committee under the awarded papers: a name, an institution and a country a line.
    ('a committee of names with institutions under the papers', 'authors',
     'Outstanding Papers\n\nWidgetCraft: Theory of Mind Modeling for Situated Gizmos\nAna Souza, Ben Park and Chen Wei\n\n'
     'We thank our committee:\n\nDara Okafor, University of Widgets, USA (chair)\nEmil Novak, Gizmo University, Hong Kong\n'
     'Mausam, Indian Institute of Gizmos Delhi, India\nFrida Lund, University of Widgets at Urbana-Champaign, USA\n'
     'Gus Hale, Widgetsoft, USA\n',
     {'WidgetCraft: Theory of Mind Modeling for Situated Gizmos': ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    # "co-authored by" as a byline's cue after the title and a comma.
    ('titles co-authored by their names', 'authors',
     'The honorees included two papers:\n\n  * Widget Positionality: Characterizing Design Biases of Gizmos, co-authored by Ana Souza and Ben Park\n'
     '  * Dissecting Widget Extrapolation via the Lens of Gizmo Analysis, co-authored by Chen Wei\n',
     {'Widget Positionality: Characterizing Design Biases of Gizmos': ['Ana Souza', 'Ben Park'],
      'Dissecting Widget Extrapolation via the Lens of Gizmo Analysis': ['Chen Wei']}),
    # A news post on awards: the award and its year on the line above the title, the names a paragraph below.
    ('an award and its year on the line over the title', 'authors',
     'And the Award for Best Paper Goes to...\n\nBest Paper Award for 2031\nLearned Incremental Widgets for Parsing\n\n'
     'Ana Souza, Ben Park\n\nThe authors of this paper designed a widget that is maximally free.\n',
     {'Learned Incremental Widgets for Parsing': ['Ana Souza', 'Ben Park']}),
    # Names in brackets after the title, the first with the byline's cue.
    ('a bracketed byline that opens with By', 'authors',
     '* Outstanding Papers\n\n    * Evaluating Factuality in Widget Simplification (By Ana Souza, Ben Park and Chen Wei)\n\n'
     '    * Active Evaluation: Efficient Gizmo Evaluation with Few Comparisons (Dara Okafor and Emil Novak)\n',
     {'Evaluating Factuality in Widget Simplification': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Active Evaluation: Efficient Gizmo Evaluation with Few Comparisons': ['Dara Okafor', 'Emil Novak']}),
    # A company's list of its papers: a pointer to its blog post after a title, marks after the names.
    ('a pointer in brackets after the title', 'authors',
     'Accepted papers\n\nWidget Scaling Laws for Gizmo Transformers (see blog post)\nAna Souza*, Ben Park, Chen Wei†\n\n'
     'Sparse Gizmo Mixtures at Scale (see [our post](https://blog.example.com/gizmo))\nEmil Novak, Frida Lund‡\n',
     {'Widget Scaling Laws for Gizmo Transformers': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Sparse Gizmo Mixtures at Scale': ['Emil Novak', 'Frida Lund']}),
    # A two-word title of English words over its byline, as a name over names would stand.
    ('a two-word title over a byline', 'authors',
     'Conference Accepted Papers\n\nCollegial Widgets\n\nAna Souza, Ben Park, Chen Wei, Dara Okafor\n\n'
     'Modern widget performance typically improves as model size increases.\n\n'
     'Faster Private Samplers via Gizmo Divergence Analysis\n\nEmil Novak, Frida Lund\n\nVarious private algorithms sample.\n',
     {'Collegial Widgets': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dara Okafor'],
      'Faster Private Samplers via Gizmo Divergence Analysis': ['Emil Novak', 'Frida Lund']}),
    # "and" inside a title before "by" and names: no second title of "X by A and Y by B", the whole title
    # (a paper, "paper ... was" says so).
    ('an and inside a title before its byline', 'authors',
     'The first paper published by the lab was Learning from Simulated and Unsupervised Widgets through Adversarial '
     'Training by Ana Souza, Ben Park, Chen Wei. The full document can be found here.\n',
     {'Learning from Simulated and Unsupervised Widgets through Adversarial Training': ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    # A quoted title after an invited speaker's name on its line: the talk's title, not a paper.
    ('a quoted talk title after an invited speaker', 'authors',
     'The best paper award went to Instant Widgets: In-Context Gizmo Learning via Graph Diffusion by Ana Souza and Ben Park.\n\n'
     "Invited speaker Chen Wei presenting 'Data-Driven Pre-Training and Post-Training for Widget Foundation Models'\n",
     {'Instant Widgets: In-Context Gizmo Learning via Graph Diffusion': ['Ana Souza', 'Ben Park']}),
    # The same talk on a line of a paragraph, after a workshop's line: still the talk's title.
    ('a quoted talk title on a line of a paragraph', 'authors',
     'Widget Learning Workshop poster session\n'
     "Invited speaker Dana Levi presenting 'Data-Driven Pre-Training and Post-Training for Widget Foundation Models'\n"
     'The workshop featured seven invited talks on topics including home widgets.\n',
     {}),
    # A news story's award list: each title over its byline of names with their positions and places, groups set
    # apart by semicolons ("A and B, Council; C, PhD student and D, Associate Professor, University; E, Professor, U").
    ('names with their positions between semicolons', 'authors',
     'More than 2,000 authors contributed to the conference.\nBest Paper Award for 2031\n'
     'Learned Incremental Widgets for Parsing\nHana Mori, PhD student; Ido Katz, undergraduate student, Widget University\n'
     'The authors of this paper designed a representation for parsing.\nBest Special Theme Paper Award\n'
     'Requirements and Motivations of Low-Resource Widget Synthesis for Gizmo Revitalization\n'
     'Ana Souza and Ben Park Novak, National Widget Council Canada; Chen Wei, PhD student and Dana Levi, Associate Professor, '
     'University of Gizmos; Emil Novak, Professor, Sprocket University\nThe authors aimed to revitalize three gizmos.\n',
     {'Learned Incremental Widgets for Parsing': ['Hana Mori', 'Ido Katz'],
      'Requirements and Motivations of Low-Resource Widget Synthesis for Gizmo Revitalization':
          ['Ana Souza', 'Ben Park Novak', 'Chen Wei', 'Dana Levi', 'Emil Novak']}),
    # A reading report in plain text: each title on a line of its own over a line labelling the notes on it
    # ("Summary", "Comments"); a heading over a "Summary" heading is the post's own section.
    ('titles over a field of notes', 'authors',
     'Session 1: Widget Integration\n\nDeep Widgets for Gizmo Matching: A Design Space Exploration\n  Summary\n'
     '  This paper proposes a categorization of widget solutions.\n  Comments\n  This paper is well written.\n\n'
     'The Widget Interaction Game\n  Summary\n  Users actually interact with gizmos.\n\n'
     '## My Favourite Things\n\n### Summary\n\nAll in all a good conference.\n',
     {'Deep Widgets for Gizmo Matching: A Design Space Exploration': [], 'The Widget Interaction Game': []}),
    # Two presenters of a poster, the first with an affiliation in brackets before "and".
    ('a possessive poster by two names, one affiliated', 'authors',
     'Another highlighted paper was Ana Souza (Widget University) and Ben Park’s poster on Widget Segmentation '
     'with Background Gizmo Models. The broadcast industry has been interested.\n',
     {'Widget Segmentation with Background Gizmo Models': ['Ana Souza', 'Ben Park']}),
    # Prose: a quoted title after "talk on her recent paper" (the paper noun after the talk's word), and a
    # title run on over "from" and known people's names (its authors).
    ('a paper quoted after a talk word, a title from its authors', 'authors',
     'On Tuesday, Hana Mori gave a talk on her recent paper "Widget Priors for Gizmo Segmentation", joint work with Ido Katz.\n\n'
     'Another highlight was the paper Gizmo Diffusion Models for Widget Synthesis from Emil Novak and Frida Lund, which '
     'shows that diffusion works for widgets.\n\nThe keynote talk "Why Widgets Matter Now" was great.\n',
     {'Widget Priors for Gizmo Segmentation': [], 'Gizmo Diffusion Models for Widget Synthesis': ['Emil Novak', 'Frida Lund']}),
    # A keynote's title quoted after "entitled" (a cue of papers and talks alike) is the talk's; a paper the
    # keynote's sentence names as one stays a paper.
    ('a keynote entitled, a paper cited in a keynote', 'authors',
     'We then proceeded to a keynote by Widgetco VP Ana Souza entitled “Widget Engagement: The Network Effect Matters!” '
     'The title was confusing.\n\nIn her keynote, Ben Park cited the paper “Learning Widgets from Gizmo Data” as a turning point.\n',
     {'Learning Widgets from Gizmo Data': []}),
    # Korean prose: a quoted workshop's name with a particle glued to "workshop" is no paper; the quoted
    # paper is. Japanese: a Latin title on its line with "より引用" ("quoted from") glued to its last word.
    ('a workshop quoted in Korean, a title quoted from in Japanese', 'authors',
     '특히, “Observing and Understanding Widgets in Action” workshop에서 다양한 연구 주제를 접할 수 있었고, '
     'Widgetco에서 발표한 “Gizmos: Foundation for Human Widget Models”의 저자의 강연이 가장 기억에 남았다.\n\n'
     'PCSは数枚の画像を用いてその画像の概念を登場させる手法です.\n\n'
     'WidgetBooth: Fine Tuning Text-to-Widget Diffusion Models for Subject-Driven Generationより引用\n\n'
     '左の4枚の画像を入力として, 登場させることができます.\n',
     {'Gizmos: Foundation for Human Widget Models': [],
      'WidgetBooth: Fine Tuning Text-to-Widget Diffusion Models for Subject-Driven Generation': []}),
    # A company's post opening with the conference's long name: a sentence, not a title.
    ('a sentence naming the conference by its long name', 'authors',
     'Widgetco sponsored the Neural Information Processing Systems (NeurIPS) conference, which was held virtually from '
     'December 6 to 12.\n\nConference Accepted Papers\n\nFaster Private Samplers via Gizmo Divergence Analysis\n\n'
     'Emil Novak, Frida Lund\n\nVarious private algorithms sample.\n',
     {'Faster Private Samplers via Gizmo Divergence Analysis': ['Emil Novak', 'Frida Lund']}),
    # A reading list whose links are anchored by the citation, the title in italics after a colon.
    ('citations as link anchors before italic titles', 'authors',
     'Here we have compiled a set of interesting papers:\n\n'
     '* [Souza et al., 2031](https://journals.example.org/abs/10.1103/1): *Dynamical principles in Widget Science*\n'
     '* [Park et al., 2032](https://press.example.edu/books/gizmo): *Principles of Gizmo Dynamics (Widget Series)* - BOOK\n'
     '* [Wei et al., 2033](https://www.sciencedirect.com/science/article/pii/S1): *Criticality in the widget: A synthesis*\n',
     {'Dynamical principles in Widget Science': ['Souza'], 'Principles of Gizmo Dynamics (Widget Series)': ['Park'],
      'Criticality in the widget: A synthesis': ['Wei']}),
    # An Octopress post: headings with no space after their marks, tutorials with their slides, keynotes quoted.
    ('unspaced headings over tutorials, their slides and keynotes', 'authors',
     '##The Tutorials\nThe tutorials were my favorite part.\n\n###Natural Widget Understanding: Foundations and State-of-the-Art\n'
     'It was given by Ana Souza. Read through [the slides](http://conf.example.org/2031/tutorials/nwu.pdf).\n\n'
     '###Advances in Structured Gizmo Prediction\nThe next tutorial was a two-parter. [slides](http://conf.example.org/2031/tutorials/asp.pdf)\n\n'
     '##The Main Conference\n\n###Keynotes\n\nBen Park\'s "Learning Treatment Policies in Mobile Widgets" was an interesting tale.\n\n'
     '###Papers\n\n####Sparse Gizmo Mixtures for Widget Retrieval\nChen Wei showed how to mix them. [paper](https://arxiv.org/abs/3101.00001)\n',
     {'Sparse Gizmo Mixtures for Widget Retrieval': []}),
    # A news story on a conference: its sections' headings over prose that quotes the awarded papers.
    ('a news story whose section headings sit over quoted papers', 'authors',
     '---\ntitle: "NeurIPS 2031 Wraps in Lisbon: Diffusion Gizmos Dominate"\n---\n\nThe venue hosted thousands this week.\n\n'
     '## Diffusion Gizmos Take the Crown\n\nThe first outstanding paper, "The Flexibility Trap: Rethinking the Value of Arbitrary '
     'Order in Diffusion Widgets," challenges a core assumption.\n\nThe second, "High-Accuracy Sampling for Diffusion Widgets and '
     'Log-Concave Gizmos," advances the foundations.\n\n## The Test of Time Award: A Gizmo Algorithm\n\nThe award went to the 2021 '
     'paper "Asynchronous Methods for Deep Widget Learning," which introduced the algorithm.\n\n'
     '## Agents and Synthetic Widgets Lead the Year\n\nBeyond individual papers, attendees pointed to two trends.\n',
     {'The Flexibility Trap: Rethinking the Value of Arbitrary Order in Diffusion Widgets': [],
      'High-Accuracy Sampling for Diffusion Widgets and Log-Concave Gizmos': [],
      'Asynchronous Methods for Deep Widget Learning': []}),
    # A news story's quoted titles with their lead author after them or the authors' possessive before them.
    ('quoted titles from a lead author and collaborators, or in a possessive', 'authors',
     'The second, "High-Accuracy Sampling for Diffusion Widgets and Log-Concave Gizmos," from Ana Souza and collaborators, '
     'advances the foundations.\n\nThe third broke from pure technical contribution: Ben Park and Chen Wei\'s position paper, '
     '"The Widget Community Is Unintentionally Building a Gizmo Toolkit," generated discussion.\n\n'
     'The first, "The Flexibility Trap: Rethinking Arbitrary Order in Diffusion Widgets," from Dara Okafor\'s team at '
     'Widget University, challenges an assumption.\n',
     {'High-Accuracy Sampling for Diffusion Widgets and Log-Concave Gizmos': ['Ana Souza'],
      'The Widget Community Is Unintentionally Building a Gizmo Toolkit': ['Ben Park', 'Chen Wei'],
      'The Flexibility Trap: Rethinking Arbitrary Order in Diffusion Widgets': []}),
    # A programme's page: sessions and their chairs, then each paper's title, its labels in square brackets,
    # its authors with their affiliations in brackets, and its abstract on the same line.
    ('a programme page of titles, affiliated names and abstracts', 'authors',
     'Research Session 1: Widget Engines Chaired by Ana Souza (Widgetco)\n\n'
     'GRAF: A Learning-Enhanced Gizmo Filter [Industry] [Download Paper] Ben Park (Widget University)*, Chen Wei (Gizmo Labs), '
     'Dana Levi (Widget University) We present Gizmo Array Filters (GRAF), a learned filter that efficiently supports range '
     'queries for numerical data. GRAF creates a model of the data distribution to map the keys into a bit array which is '
     'stored in a compressed form, and we evaluate it on many synthetic and real-world datasets.\n\n'
     'Approaching memory speed by using fast flash for small random reads: a new access method and its widget applications '
     'Emil Novak (Gizmo Corporation), Frida Lund (Gizmo Corporation), Gil Amar (Gizmo Corporation)\n',
     {'GRAF: A Learning-Enhanced Gizmo Filter': ['Ben Park', 'Chen Wei', 'Dana Levi'],
      'Approaching memory speed by using fast flash for small random reads: a new access method and its widget applications':
          ['Emil Novak', 'Frida Lund', 'Gil Amar']}),
    # A list of accepted papers: groups of names, each group's affiliation in brackets, semicolons between groups.
    ('names grouped by affiliation, semicolons between the groups', 'authors',
     'Accepted Research Papers\n\nA structural widget representation learning framework\n\n'
     'Ana Souza (Widget Research, Portugal); Ben Park (Gizmo Labs, Korea); Chen Wei, Dana Levi, Emil Novak (Widget Research, '
     'United States); Frida Lund (Gizmo University, Sweden).\n\nAd Close Mitigation for Improved Widget Experience\n\n'
     'Gil Amar, Hana Mori, Ivan Petrov, Jon Snow (Widgetco Research, Israel); Kai Lee, Lia Rossi (Gizmo Platform, Israel).\n',
     {'A structural widget representation learning framework': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi', 'Emil Novak', 'Frida Lund'],
      'Ad Close Mitigation for Improved Widget Experience': ['Gil Amar', 'Hana Mori', 'Ivan Petrov', 'Jon Snow', 'Kai Lee', 'Lia Rossi']}),
    # A programme day: sessions, their rooms and chairs, then "Names. Title" paragraphs one after another.
    ('names-first paragraphs one after another under a session', 'authors',
     'Session 2a: Widget Systems (Part I)\n\n(Room: Main Hall, Session chair: Ana Souza)\n\n'
     'Ben Park, Chen Wei, Dana Levi and Emil Novak. GRIN: A Probabilistic Widget Recommender with Item Priors\n\n'
     'Javier Sanz-Cruzado and Pablo Castells. Information Retrieval Models for Contact Recommendation in Social Networks\n\n'
     'Frida Lund and Gil Amar. Conformative Filtering for Implicit Widget Data\n',
     {'GRIN: A Probabilistic Widget Recommender with Item Priors': ['Ben Park', 'Chen Wei', 'Dana Levi', 'Emil Novak'],
      'Information Retrieval Models for Contact Recommendation in Social Networks': ['Javier Sanz-Cruzado', 'Pablo Castells'],
      'Conformative Filtering for Implicit Widget Data': ['Frida Lund', 'Gil Amar']}),
    # A bullet of notes: the title's sentence, then one on it whose subject is its first author and "et al.".
    ('a title sentence, then a note whose subject is its first author et al.', 'authors',
     '3 of the top 6 papers are on widgets:\n\n  • Scientific Credibility of Widget Translation Research: A Meta-Evaluation '
     'of 769 Papers. Souza et al. investigate how credible the evaluation in a large number of MT papers is.\n',
     {'Scientific Credibility of Widget Translation Research: A Meta-Evaluation of 769 Papers': ['Souza']}),
    # A lab's trip report: its own title, awarded papers with their authors in brackets, a session named
    # in quotes, tutorials listed with their presenters under a sentence or a heading (talks, no papers).
    ('a lab trip report with awards, a quoted session and tutorials with presenters', 'authors',
     '2031-07-26: ACM/IEEE Joint Conference on Widget Libraries (JCWL) 2031 Trip Report\n\n'
     'Members of our group presented 9 papers and won two awards.\n'
     '  • Best Student Paper Award: Making Changes in Widgets Discoverable: A Change-Text Search Interface for Gizmo '
     'Archives (Ana Souza, Ben Park, and Chen Wei)\n'
     '  • Best Poster Award: The Gizmo Tracer Toolset for Human-Guided Focused Crawling of Dynamic Widgets (Dana Levi and '
     'Emil Novak)\n\n'
     'I had two papers in the "Aggregating and Archiving Widgets" session following the keynote. I first presented '
     '"On the Change in Archivability of Widgets Over Time" (slides).\n\n'
     'The first day had two concurrent events. The tutorials presented were as follows:\n'
     '  1. Introduction to Widget Libraries, presented by Frida Lund (Widget Tech).\n'
     '  2. Information Extraction for Scholarly Gizmos, presented by Gil Amar, Hana Mori and Ivan Petrov (Gizmo State '
     'University).\n\n'
     '## Tutorials\n\n1. Never Ending Widget Learning, by Jon Snow and Kai Lee\n'
     '2. Active widget learning from theory to practice, by Lia Rossi\n',
     {'Making Changes in Widgets Discoverable: A Change-Text Search Interface for Gizmo Archives': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'The Gizmo Tracer Toolset for Human-Guided Focused Crawling of Dynamic Widgets': ['Dana Levi', 'Emil Novak'],
      'On the Change in Archivability of Widgets Over Time': []}),
    # A numbered list of notable papers, each with a field between its title and its authors.
    ('a field between the title and its author field', 'authors',
     'Here is a list of 10 best papers of the year.\n'
     '1. Unsupervised Learning of Probably Symmetric Deformable Widgets from Images in the Wild\n'
     'Award: WCVR 2031 Best Paper\nAuthors: Ana Souza, Ben Park, Chen Wei (University of Widgets)\n'
     'In this paper, the authors present a technique that learns deformable widget categories.\n\n'
     '2. Beyond Accuracy: Behavioral Testing of Gizmo Models with CheckWidget\nAward: WACL 2031 Best Paper\n'
     'Authors: Dana Levi (Gizmo Research), Emil Novak (University of Widgets)\n'
     'Although measuring held-out accuracy has been the primary approach, it overestimates the performance.\n',
     {'Unsupervised Learning of Probably Symmetric Deformable Widgets from Images in the Wild': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Beyond Accuracy: Behavioral Testing of Gizmo Models with CheckWidget': ['Dana Levi', 'Emil Novak']}),
    # A company's post: a paper named in a sentence, its authors in bold with their affiliations after "by".
    ('a paper in a sentence, its bold authors with affiliations after by', 'authors',
     'Auto ML proved one of the hot topics and one of the more intriguing papers on the topic was Automatic Bayesian '
     'Widget Analysis by **Ana Souza** (Max Institute for Widget Systems)*; **Ben Park** (TU Gizmostadt); **Chen Wei** '
     '(University of Widgets). Inspired by advances around automatic model selection, the paper proposed a framework.\n',
     {'Automatic Bayesian Widget Analysis': ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    # A plain-text post: each highlight's title on a line, its project page's URL written out on the next.
    ('a title line over its page written out', 'code',
     'It has been a while since the conference, but I would like to share a few of the highlights:\n'
     'Interactive Hand Pose Estimation using a Stretch-Sensing Soft Widget\nhttps://lab.example.org/projects/stretch-widget/\n\n'
     'Using a new fabricated material, this stretchy widget can track hand poses without being tethered to a machine.\n'
     'Rodent: Generating Gizmos without Writing a Generator\nhttps://gizmo.example.edu/publications/rodent.html\n\n'
     'Rodent is a framework designed to generate optimized code for gizmos.\n',
     {'Interactive Hand Pose Estimation using a Stretch-Sensing Soft Widget': [[], ['https://lab.example.org/projects/stretch-widget/']],
      'Rodent: Generating Gizmos without Writing a Generator': [[], []]}),
    # An award page: each paper's title on a line, a line of its authors' names under it, its URL under
    # them; a sentence-case title is a record as its Title Case sibling is.
    ('a sentence-case title over a line of names, as its sibling', 'authors',
     'Congratulations to the winners!\n\nWinner\n\nAuto-Encoding Widget Bayes\n\nDana Levi, Ben Park\n\n'
     'https://arxiv.org/abs/2101.00001\n\nThis paper joined widgets and gizmos.\n\nRunner Up\n\n'
     'Intriguing properties of sparse gizmos\n\nAna Souza, Ido Katz, Hana Mori, Chen Wei\n\n'
     'https://arxiv.org/abs/2101.00002\n\nIt is important to understand how gizmos fail.\n',
     {'Auto-Encoding Widget Bayes': ['Dana Levi', 'Ben Park'],
      'Intriguing properties of sparse gizmos': ['Ana Souza', 'Ido Katz', 'Hana Mori', 'Chen Wei']}),
    # Unmarked titles in sentences, known by a Title Case head and subtitle around a colon.
    ('unmarked titles with a subtitle in sentences', 'authors',
     '# Day 2\n\nI also want to check out Segment-Level Widget Time as Implicit Feedback: A Comparison to Gizmo Tracking. '
     'I missed the session.\n\nAnother highlight was Deep Widget Nets: Learning Gizmos at Scale, which showed that '
     'widgets scale.\n\nThe afternoon session on Retrieval Models: Theory and Practice was packed.\n\n'
     'Day 3: Main Conference Starts with a keynote.\n',
     {'Segment-Level Widget Time as Implicit Feedback: A Comparison to Gizmo Tracking': [],
      'Deep Widget Nets: Learning Gizmos at Scale': []}),
    # ... and no title where the head is a person, an organisation, a compound's end or a comma's "and".
    ('a person, an organisation or a compound before a colon', 'authors',
     '# Notes\n\nMy favourite quote came from Dana Levi: Deep Widgets Are Not Dead Yet, she said.\n\n'
     'At the booth of Widget Labs: Building the Future of Gizmos we got stickers.\n\n'
     'The Diffusion-based Gizmo Modeling: Foundations and Applications tutorial was full.\n\n'
     'A talk on Genomics, Big Data, and Widget Learning: Understanding the Gizmo Wiring Diagram followed.\n', {}),
    # Who gave a keynote, after "The first one was by": a name and a place, not a title.
    ('a keynote\'s speaker after "the first one was by"', 'authors',
     '**Keynotes:**\n\nThere were 3 keynotes. The first one was by Dana Levi from Widget University, presenting the '
     'Gizmo Data Stack.\n\n**Papers:**\n\n1. Sparse widgets in social networks (Ana Souza and Ben Park)\n\n'
     'The paper talks about the widget paradox.\n',
     {'Sparse widgets in social networks': ['Ana Souza', 'Ben Park']}),
    # ... but a lone sentence over names, with no record of that layout in the report, thanks them.
    ('a lone sentence over a line of names', 'authors',
     '# My trip\n\nThanks to the organisers of this event\nAna Souza, Ben Park, Chidi Okafor\n\n'
     'Keynote speakers this year were\nDana Levi, Goran Petrov, Hana Sato\n', {}),
    # A thread's lines opened by pictographs: a paper by one author is still a record (the pictograph is no word).
    ('a thread of pictograph-led lines, one paper by one author', 'authors',
     '1/ 📄 Sparse Widget Kernels for Gizmo Parsing\n👥 Ana Souza, Ben Park\n💻 https://github.com/asouza/swk\n\n'
     '2/ 📄 Contrastive Gizmo Retrieval with Widget Priors\n👥 Hana Mori\n🔗 https://openreview.net/forum?id=abc123\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Contrastive Gizmo Retrieval with Widget Priors': ['Hana Mori']}),
    # A plain-text post shortens its links to a host and path: the URL in brackets does not break the title's line.
    ('title lines with URLs written without their scheme', 'code',
     'Some papers worth reading:\n\nSparse Widget Kernels for Gizmo Parsing (arxiv.org/abs/3101.00001), code at github.com/asouza/swk\n'
     'Learning Gizmos from Widgets at Scale (arxiv.org/abs/3101.00002)\n',
     {'Sparse Widget Kernels for Gizmo Parsing': [[], ['github.com/asouza/swk']],
      'Learning Gizmos from Widgets at Scale': [[], []]}),
    # An italic title a sentence leads into and goes on after: the emphasis bounds it.
    ('an italic title inside a sentence that goes on past it', 'authors',
     '# My highlights\n\n## Rendering\n\n**Neural Gizmo Fields for Widget Rendering** by Ana Souza (Adobe) and Ben Park (ETH Zurich). '
     'They bake a field into a mesh.\n\n**Differentiable Widget Shadows**, Chidi Okafor, Dana Levi. A clever use of visibility.\n\n'
     '## Geometry\n\nI also liked *Sparse Gizmo Meshes* from Emil Novak\'s group at TU Munich.\n',
     {'Neural Gizmo Fields for Widget Rendering': ['Ana Souza', 'Ben Park'],
      'Differentiable Widget Shadows': ['Chidi Okafor', 'Dana Levi'], 'Sparse Gizmo Meshes': []}),
    # DBLP's order: the names, a colon, the title, its venue; one name alone before the colon too.
    ('names, a colon, the title and its venue', 'authors',
     '## Reading list\n\n- Ana Souza, Ben Park: Sparse Widget Kernels for Gizmo Parsing. ICML 2031\n'
     '- Dana Levi: Learning Gizmos from Widgets at Scale. ICML 2031\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning Gizmos from Widgets at Scale': ['Dana Levi']}),
    # ... but a speaker and a talk, with no venue after it, are no paper.
    ('a speaker, a colon and a talk', 'authors', '## Keynotes\n\n- Dana Levi: Learning Gizmos from Widgets.\n- Yann Doe: Self-Supervised Gizmos\n', {}),
    # Each name with its one-word company after a comma, semicolons between: the companies are no names.
    ('names with one-word companies between semicolons', 'authors',
     '- Learning Gizmos from Widgets at Scale (Dana Levi, Google; Emil Novak, Meta)\n'
     '- Sparse Widget Kernels (Ana Souza, Ben Park; Emil Novak, Dana Levi)\n',
     {'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak'],
      'Sparse Widget Kernels': ['Ana Souza', 'Ben Park', 'Emil Novak', 'Dana Levi']}),
    # Numbered "Paper N:" labels over author fields: the number is no title's word, whichever the paper.
    ('numbered paper labels over author fields', 'authors',
     'Paper 1: Sparse Widget Kernels for Gizmo Parsing\nAuthors: Ana Souza, Ben Park\nSummary: kernels are sparse.\n\n'
     'Paper 2: Learning Gizmos from Widgets at Scale\nAuthors: Dana Levi\nSummary: scale helps.\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning Gizmos from Widgets at Scale': ['Dana Levi']}),
    # A post's inline HTML record: a bold title, names, then its links on a line of their own; a project page's anchor
    # (after its URL, in HTML) says what it is.
    ('an inline HTML record with its project page on the line under its names', 'code',
     '<p><strong>Learning Dexterous Widget Grasping from Sparse Demonstrations</strong><br>\nAna Souza, Ben Park<br>\n'
     '<a href="https://arxiv.org/abs/3101.00001">Paper</a> | <a href="https://github.com/asouza/dexwidget">Code</a></p>\n'
     '<p>Great results on real robots.</p>\n<p><strong>Diffusion Policies for Gizmo Assembly</strong><br>\nDana Levi<br>\n'
     '<a href="https://gizmo-assembly.github.io">Project page</a></p>\n',
     {'Learning Dexterous Widget Grasping from Sparse Demonstrations': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/dexwidget']],
      'Diffusion Policies for Gizmo Assembly': [['Dana Levi'], ['https://gizmo-assembly.github.io']]}),
    # An award's runner-up in a sentence after its winner: unquoted, Title Case, names after "by".
    ('an award and its runner-up in one paragraph', 'authors',
     '## Best Paper Awards\n\nThe best paper award went to Sparse Widget Kernels for Gizmo Parsing by Ana Souza and Ben Park. '
     'The runner-up was Learning Gizmos from Widgets at Scale by Dana Levi, Emil Novak and Hana Mori.\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak', 'Hana Mori']}),
    # A table of titles under a "Paper" header and the writer's notes beside them: no names, no links.
    ('a table of titles and why the writer liked them', 'authors',
     '| Paper | Why I liked it |\n|---|---|\n| Sparse Widget Kernels for Gizmo Parsing | sparse is fast |\n'
     '| Learning Gizmos from Widgets at Scale | scale is all you need |\n',
     {'Sparse Widget Kernels for Gizmo Parsing': [], 'Learning Gizmos from Widgets at Scale': []}),
    # Bold titles with their stops, then the names in italics of their own, one name or several.
    ('bold titles over names in italics of their own', 'authors',
     '## Oral session 3\n\n**Sparse Widget Kernels for Gizmo Parsing.** *Ana Souza, Ben Park.* Kernels can be sparse.\n\n'
     '**Learning Gizmos from Widgets at Scale.** *Dana Levi.* Scale helps.\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Learning Gizmos from Widgets at Scale': ['Dana Levi']}),
    # A German post: "und" between the last two names, in fields and after a dash.
    ('German fields and items with "und" between names', 'authors',
     '# Meine Highlights\n\n**Titel:** Sparse Widget Kernels for Gizmo Parsing\n**Autoren:** Ana Souza, Ben Park\n\n'
     '**Titel:** Learning Gizmos from Widgets at Scale\n**Autoren:** Dana Levi und Emil Novak\n\n'
     '- Contrastive Gizmo Retrieval with Widget Priors – Ivan Petrov und Lea Wolf\n'
     '- Widget Graphs for Gizmo Search – Hana Mori, Jon Snow und Kai Lee\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak'],
      'Contrastive Gizmo Retrieval with Widget Priors': ['Ivan Petrov', 'Lea Wolf'],
      'Widget Graphs for Gizmo Search': ['Hana Mori', 'Jon Snow', 'Kai Lee']}),
    # "Surname et al.'s Title," in a sentence: the possessive names the paper's authors as the sentence does.
    ('a title after "et al.\'s" in a sentence', 'authors',
     "I really liked Souza et al.'s Sparse Widget Kernels for Gizmo Parsing, which shows kernels can be sparse. "
     "We also discussed Park et al’s Learning Gizmos from Widgets at Scale (WCLR 2031) at length. "
     "Then Park et al.'s paper on gizmo retrieval came up.\n",
     {'Sparse Widget Kernels for Gizmo Parsing': ['Souza'], 'Learning Gizmos from Widgets at Scale': ['Park']}),
    # A heading per paper, its links, then "The authors (A, B) show": a surname that is an English word too ends the list.
    ('a heading per paper and its authors in brackets below', 'authors',
     '### Sparse Widget Kernels for Gizmo Parsing\n[[paper]](https://openreview.net/forum?id=abc123) '
     '[[code]](https://github.com/asouza/swk)\n\nThe authors (Ana Souza, Ben Park) show that kernels can be sparse.\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park']}),
    # A heading per paper, its link, then a paragraph that opens with its authors' names and what they did.
    ('a heading per paper over a paragraph that opens with its authors', 'authors',
     '### Learning Gizmos from Widgets at Scale\n[[paper]](https://arxiv.org/abs/2301.01234)\n\n'
     'Dana Levi and Emil Novak train on 10B widgets. The scaling curves are striking.\n\n'
     '## Day Two Morning Highlights\n\nHana Mori and Ivan Petrov presented a lot of things today.\n',
     {'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak']}),
    # A Spanish list: bold titles, "de"/"por" for "by" and "y" between the last two names.
    ('Spanish items with "de", "por" and "y"', 'authors',
     '# Mis artículos favoritos\n\n- **Sparse Widget Kernels for Gizmo Parsing** de Ana Souza y Ben Park. Muy interesante.\n'
     '- **Learning Gizmos from Widgets at Scale**, por Dana Levi, Emil Novak y Hana Mori '
     '([código](https://github.com/dlevi/gizmos))\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak', 'Hana Mori']}),
    # A French list: a title in guillemets with spaces inside them, and "Title, de A et B".
    ('French items in guillemets and with "de"', 'authors',
     '### Mes coups de cœur\n\n- « Sparse Widget Kernels for Gizmo Parsing » (Ana Souza, Ben Park) : les noyaux peuvent être creux.\n'
     '- Learning Gizmos from Widgets at Scale, de Dana Levi et Emil Novak. [Code](https://github.com/dlevi/gizmos)\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak']}),
    # Portuguese and Italian items: "de"/"di" for "by", "e" between the last two names.
    ('Portuguese and Italian items with "de", "di" and "e"', 'authors',
     '## Artigos que gostei\n\n- **Sparse Widget Kernels for Gizmo Parsing**, de Ana Souza e Ben Park — muito bom.\n'
     '- *Learning Gizmos from Widgets at Scale* di Dana Levi e Emil Novak ([codice](https://github.com/dlevi/gizmos))\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park'],
      'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak']}),
    # An APA reference: a sentence-case title, then "In" and the proceedings in italics.
    ('an APA reference with its proceedings in italics', 'authors',
     '## References\n\nSouza, A., & Park, B. (2031). Sparse widget kernels for gizmo parsing. In *Proceedings of ICML 2031*.\n\n'
     'Levi, D., & Novak, E. (2031). Learning gizmos from widgets at scale. In *Proceedings of WCLR 2031*.\n',
     {'Sparse widget kernels for gizmo parsing': ['A. Souza', 'B. Park'],
      'Learning gizmos from widgets at scale': ['D. Levi', 'E. Novak']}),
    # A heading per paper over its names in italics, a middle dot between them, then its links.
    ('a heading over names with a middle dot between them', 'code',
     '## #2 — Learning Gizmos from Widgets at Scale\n*Dana Levi · Emil Novak*\n\n'
     '📄 [Paper](https://arxiv.org/abs/2301.01234) 💻 [Code](https://github.com/dlevi/gizmos)\n',
     {'Learning Gizmos from Widgets at Scale': [['Dana Levi', 'Emil Novak'], ['https://github.com/dlevi/gizmos']]}),
    # An award page's bullets: a tag, the title and its stop, the names with their affiliation, then why it won.
    ('award bullets: title, names (affiliation), then the reason', 'authors',
     'For research with potential for impact:\n\n'
     '  • [Winner] Gizmotron: Reusing Widget Components in Gizmo Prototyping through Detachable Printed Housings. '
     'Ana Souza, Ben Park, Chen Wei, and Dana Levi (University of Widgets). Selected for its high potential to increase '
     'the reuse of widget components in research, industry, and hobbyist gizmo projects and prototyping.\n'
     '  • [Runner-up] Widgethreads: Prototyping Biodegradable Gizmos Through Thread-based Fabrication. Emil Novak, '
     'Hana Mori, and Ido Katz (Gizmo Institute). Selected for demonstrating the use of biodegradable material.\n',
     {'Gizmotron: Reusing Widget Components in Gizmo Prototyping through Detachable Printed Housings':
          ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi'],
      'Widgethreads: Prototyping Biodegradable Gizmos Through Thread-based Fabrication': ['Emil Novak', 'Hana Mori', 'Ido Katz']}),
    # A quoted title and its authors' surnames in brackets, three of them, with no "and"; "our 2031 ACM TOWG
    # paper" names a venue and a year, no title.
    ('a quoted title and three surnames in brackets after "our VENUE YEAR paper"', 'authors',
     'We were honored to present our 2031 ACM TOWG paper, "Comparing the Archival Rate of Widget and Gizmo Web Pages" '
     '(Souza, Okonkwo, Lindqvist) during the conference.\n',
     {'Comparing the Archival Rate of Widget and Gizmo Web Pages': ['Souza', 'Okonkwo', 'Lindqvist']}),
    # A listing page's entry: a sentence-case title over its byline over its abstract; the writer's thanks over
    # names and a paragraph is no paper.
    ('a sentence-case title over its byline and abstract', 'authors',
     'Paper ID: 3104.08403\nLearning representations of learned widget representations\nAna González-Souza, Ben Park\n'
     'The widget conference is unique among the top gizmo conferences in that all submitted papers are openly available. '
     'Here we present a dataset of the abstracts of all its submissions with their scores.\nSubmitted: Apr 12, 2031\n\n'
     'Thanks to my co-organisers\nDana Levi, Emil Novak\nWe had a great time running the workshop this year, with more '
     'than two hundred attendees and a lively poster session that went on well into the evening.\n',
     {'Learning representations of learned widget representations': ['Ana González-Souza', 'Ben Park']}),
    # An HTML table without a header: a cell stacks the bold title over the names in italics, the next cell links.
    ('an HTML row whose first cell stacks the title over the names', 'code',
     '<html><body><h2>Accepted Papers</h2>\n<table>\n'
     '<tr><td><b>Sparse Widget Kernels for Gizmo Parsing</b><br><i>Ana Souza, Ben Park (Widget University)</i></td>'
     '<td><a href="https://arxiv.org/abs/3101.00001">PDF</a></td></tr>\n'
     '<tr><td><b>Learning Gizmos from Widgets at Scale</b><br><i>Dana Levi, Emil Novak</i></td>'
     '<td><a href="https://github.com/dlevi/gizmos">Code</a></td></tr>\n</table>\n</body></html>\n',
     {'Sparse Widget Kernels for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []],
      'Learning Gizmos from Widgets at Scale': [['Dana Levi', 'Emil Novak'], ['https://github.com/dlevi/gizmos']]}),
    # A bold title and its names in italics right after it on the same line, one name or several.
    ('a bold title then its names in italics on one line', 'authors',
     '## Papers\n\n**On the Hardness of Widget Estimation** *Tom Lee, Sara Chen*\n\n'
     '**Widget Attention Is Not Enough** *Ada Novak*\n',
     {'On the Hardness of Widget Estimation': ['Tom Lee', 'Sara Chen'], 'Widget Attention Is Not Enough': ['Ada Novak']}),
    # A page that names its fields by class ("title", "paper-title", "authors", "author-list"), with no other markup.
    ('HTML spans whose classes name the title and the authors', 'authors',
     '<html><body><h2>Papers</h2>\n'
     '<div class="paper"><span class="title">On the Hardness of Widget Estimation</span> <span class="authors">Tom Lee, Sara Chen</span></div>\n'
     '<div class="paper"><span class="title">Widget Attention Is Not Enough</span> <span class="authors">Ada Novak</span></div>\n'
     '<div class="paper"><span class="paper-title">Gizmo Trees for Widget Retrieval</span> <span class="author-list">Hana Mori</span> '
     '<span class="venue">WCLR 2031</span></div>\n</body></html>\n',
     {'On the Hardness of Widget Estimation': ['Tom Lee', 'Sara Chen'], 'Widget Attention Is Not Enough': ['Ada Novak'],
      'Gizmo Trees for Widget Retrieval': ['Hana Mori']}),
    # Lines of one paragraph, each a record: the title, its stop, the names and theirs, then bracketed links.
    ('lines of one paragraph: title. names. [links]', 'code',
     'Gizmo Trees for Widget Retrieval. Hana Mori, Ido Katz. [[code]](https://github.com/hmori/trees)\n'
     'Rethinking Gizmo Normalization. Chen Wei, Rui Lima. [[pdf]](https://arxiv.org/abs/3101.00009)\n'
     'Sparse Widget Kernels for Gizmo Parsing. Ana Souza, Ben Park. [[code]](https://github.com/asouza/swk)\n',
     {'Gizmo Trees for Widget Retrieval': [['Hana Mori', 'Ido Katz'], ['https://github.com/hmori/trees']],
      'Rethinking Gizmo Normalization': [['Chen Wei', 'Rui Lima'], []],
      'Sparse Widget Kernels for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/swk']]}),
    # Affiliation marks in superscript tags after each name, and the affiliations on a line of their own.
    ('names with affiliation marks in <sup> tags', 'authors',
     '### Learning Gizmos from Widgets at Scale\nIdo Katz<sup>1,2</sup>, Rui Lima<sup>2</sup>, Tom Lee<sup>1</sup>\n'
     '<sup>1</sup>Widget University <sup>2</sup>Gizmo Labs\n',
     {'Learning Gizmos from Widgets at Scale': ['Ido Katz', 'Rui Lima', 'Tom Lee']}),
    # Rows pasted from a spreadsheet: title, names and venue set apart by tabs, one name or several.
    ('tab-separated title, names and venue', 'authors',
     'On the Hardness of Widget Estimation\tTom Lee, Sara Chen\tCOLT\nWidget Attention Is Not Enough\tAda Novak\tICLR\n',
     {'On the Hardness of Widget Estimation': ['Tom Lee', 'Sara Chen'], 'Widget Attention Is Not Enough': ['Ada Novak']}),
    # Bylines in capitals under headings, as proceedings set them, one joined by "and" with an affiliation.
    ('bylines in capitals with "and" and an affiliation', 'authors',
     '### Sparse Widget Kernels for Gizmo Parsing\nANA SOUZA, BEN PARK, CHEN WEI\n\n'
     '### Learning Gizmos from Widgets at Scale\nDANA LEVI and EMIL NOVAK (Widget University)\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['ANA SOUZA', 'BEN PARK', 'CHEN WEI'],
      'Learning Gizmos from Widgets at Scale': ['DANA LEVI', 'EMIL NOVAK']}),
    # Numbered references in the IEEE style: the names, a comma, the title in quotes with its comma inside them,
    # then a journal's long venue (the line too long for a record but for its names and quoted title).
    ('IEEE-style numbered references', 'authors',
     '## References\n\n[1] A. Souza and B. Park, "Sparse widget kernels for gizmo parsing," in Proc. WCLR, 2031, pp. 1–10.\n'
     '[2] D. Levi, E. Novak, and H. Mori, “Learning gizmos from widgets at scale,” IEEE Trans. Widget Anal. Gizmo Intell., '
     'vol. 45, no. 3, pp. 100–110, Mar. 2031, doi: 10.1109/TWGI.2031.1234567.\n',
     {'Sparse widget kernels for gizmo parsing': ['A. Souza', 'B. Park'],
      'Learning gizmos from widgets at scale': ['D. Levi', 'E. Novak', 'H. Mori']}),
    # A reference in the ACM format, too long for a record: names, the year and its stop, then the title.
    ('an ACM-format reference with the year after the names', 'authors',
     '## Bibliography\n\nAna Souza, Ben Park, and Chen Wei. 2031. Sparse Widget Kernels for Gizmo Parsing. In Proceedings of the '
     "45th International Conference on Widgets (WCLR '31). Association for Computing Machinery, New York, NY, USA, 1–10. "
     'https://doi.org/10.1145/1234567.1234568\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    # MLA/Chicago references: the names, their full stop, then the title in quotes ("Last, First, and First Last." too).
    ('MLA and Chicago references: names, a stop, a quoted title', 'authors',
     'Levi, Dana, and Emil Novak. "Learning Gizmos from Widgets at Scale." Journal of Widget Research 12, no. 3 (2031): 100–120.\n\n'
     'Hana Mori and Ido Katz. “Gizmo Trees for Widget Retrieval.” Gizmo Letters, vol. 4, 2031, pp. 33–50.\n',
     {'Learning Gizmos from Widgets at Scale': ['Dana Levi', 'Emil Novak'], 'Gizmo Trees for Widget Retrieval': ['Hana Mori', 'Ido Katz']}),
    # Initials glued to the surname ("A.Souza"), as lists typed among Chinese or Japanese text write them.
    ('glued initials under a field label and after "by"', 'authors',
     '### 推荐论文\n\n1. **Sparse Widget Kernels for Gizmo Parsing**\n   作者：A.Souza, B.Park, C.Wei\n'
     '   链接：https://arxiv.org/abs/3101.00001\n2. **Learning Gizmos from Widgets at Scale**\n   作者：D.Levi, E.Novak\n\n'
     '- **Gizmo Trees for Widget Retrieval** by H.Mori, I.Katz and R.Lima\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['A. Souza', 'B. Park', 'C. Wei'],
      'Learning Gizmos from Widgets at Scale': ['D. Levi', 'E. Novak'],
      'Gizmo Trees for Widget Retrieval': ['H. Mori', 'I. Katz', 'R. Lima']}),
    # A title copied from an arXiv page's tab, its identifier in square brackets first, in a sentence or after a label.
    ('arXiv tab titles with the identifier in square brackets', 'authors',
     'The corresponding paper: [3101.01744] Gizmonet: A Retrievable Widget Model for Gizmo Recommendation [1]\n\n'
     'I also liked [3102.03629v2] WidgetAct: Synergizing Widgets and Gizmos in Language Models, which was great.\n',
     {'Gizmonet: A Retrievable Widget Model for Gizmo Recommendation': [],
      'WidgetAct: Synergizing Widgets and Gizmos in Language Models': []}),
    # A publisher's site and an embedded tweet's date under its author's name are no titles.
    ('a publisher site and a tweet date', 'authors',
     '[WIDG 2031](http://widg.org/), the *40th Conference on Widgets* took place in early August. The proceedings are '
     'freely available on the [ACM Portal](http://dl.acm.org/citation.cfm?id=3100001); 78 papers were accepted (22% acceptance rate).\n\n'
     'Works on gizmos were on the rise. Ana Souza did some wordcloud magic on the WIDG (short) paper titles:\n'
     '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr"><a href="https://twitter.com/hashtag/widg?src=hash">#widg</a> '
     'short and long paper title word cloud <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Ana Souza (@asouza) '
     '<a href="https://twitter.com/asouza/status/1">August 10, 2031</a></blockquote>\n'
     '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>\n\n'
     'Among the long papers, I found the following the most interesting:\n\n'
     '* Ben Park is on a mission to ensure that gizmo researchers get their statistics in order. In '
     '[Credible Widgets and Effect Sizes for Gizmo Evaluation](https://doi.org/10.1145/3100001.3100002), Park proposes the use '
     'of Bayesian statistics. A good brush-up on statistical tests.\n\n* \n\n',
     {'Credible Widgets and Effect Sizes for Gizmo Evaluation': []}),
    # A "!" inside a linked title ends no sentence (a bullet of notes that only a link makes a title).
    ('a linked title with an exclamation in a bullet of notes', 'authors',
     'Among the papers:\n\n'
     '* [*Widget it! Find One mismatch between Gizmo and Widget caption*](https://aclanthology.org/3101.acl-long.24.pdf) '
     'takes a closer look at gizmo question answering (GQA: given a gizmo and a question, generate an answer) and gizmo '
     'captioning approaches by creating a **diagnostic dataset** based on the [WG-COCO](http://wgcoco.org/) benchmark. '
     'These algorithms are not doing too well.\n\n'
     '* [*Sparse Gizmo Attention at Scale*](https://aclanthology.org/3101.acl-long.80.pdf) is a must-read.\n',
     {'Widget it! Find One mismatch between Gizmo and Widget caption': [], 'Sparse Gizmo Attention at Scale': []}),
    # A heading per paper, its names in the first sentence right below it: after a link named for the paper,
    # "et al." wrapped onto the next line; or as the sentence's subject.
    ('a heading per paper, then "[This paper](url) by A et al." or "A et al. propose"', 'authors',
     '## Highlight Papers\n\n### Informational Widgets in Music\n'
     '[This paper](http://archives.example.net/widg2031/paper/000019.pdf) by Okonkwo et\n'
     'al. investigates the "complexity" of various gizmo styles over time.\n\n'
     '### Resonance Gizmos with Neural Widgets\nLindqvist et al. propose a kind of "neural gizmo" that attenuates\n'
     'resonances in music.\n',
     {'Informational Widgets in Music': ['Okonkwo'], 'Resonance Gizmos with Neural Widgets': ['Lindqvist']}),
    # Quoted titles wrapped onto the next line of a quote block.
    ('quoted titles wrapped onto the next line of a quote block', 'authors',
     'Notes from the team.\n\n> The papers I liked were: “Incremental Widgets in the\n> Age of Non-Incremental Gizmos” by '
     'Ana Souza and Ben Park, which was\n> similar to how humans work; and “Digital Voicing of\n> Silent Widgets” by Dana Levi (2031), '
     'presented well.\n',
     {'Incremental Widgets in the Age of Non-Incremental Gizmos': ['Ana Souza', 'Ben Park'],
      'Digital Voicing of Silent Widgets': ['Dana Levi']}),
    # A proceedings page: names, then the linked title and its pages.
    ('names over a linked title and its pages', 'authors',
     'Papers:\n\nMojtaba Okonkwo, Zhiyao Lindqvist<br>**[Singing widget tracking with Self-supervised gizmos]'
     '(https://doi.org/10.5072/zenodo.1127405)** 617-624 [[pdf](https://zenodo.org/files/000074.pdf)]\n\n'
     'Jingwei Souza, Gus Park\n**[Domain Adversarial Training on Conditional Gizmos](https://doi.org/10.5072/zenodo.1127407)** '
     '925-932 [[pdf](https://zenodo.org/files/000111.pdf)]\n',
     {'Singing widget tracking with Self-supervised gizmos': ['Mojtaba Okonkwo', 'Zhiyao Lindqvist'],
      'Domain Adversarial Training on Conditional Gizmos': ['Jingwei Souza', 'Gus Park']}),
    # An award list: the award, then the title (a short one in bold, in title case, reads like names), then links.
    ('award, bold short title, links', 'authors',
     '# Widgets\n- 2031 best paper, Time Optimal Gizmo Search, [link](https://widgetconf.org/2031/program/papers/082/)\n'
     '- 2031 best system paper, **Autonomously Untangling Long Gizmos**, [arXiv](https://arxiv.org/abs/3107.07813) / '
     '[Website](https://sites.google.com/view/widg-2031-untangling/home)\n',
     {'Time Optimal Gizmo Search': [], 'Autonomously Untangling Long Gizmos': []}),
    # A quoted title after "a paper called": the quote, not a pattern's shorter run inside it; the next
    # paragraph's "Workshop:" is not a word after the quote.
    ('a paper called a quote, a workshop in the next paragraph', 'authors',
     'Highlights:\n\nIncluding this paper called "Why I Hate Widget Research Today"\n\n'
     'Workshop: Data Collection By the People, For the People\n\n'
     'Also this paper called "Why I Love Widget Research (And Other Gizmos)" which was fun.\n',
     {'Why I Hate Widget Research Today': [], 'Why I Love Widget Research (And Other Gizmos)': []}),
    # A list of titles in sentence case under a heading that names papers; a list of a method's drawbacks,
    # announced by a sentence, under a session's heading is no list of titles.
    ('sentence-case titles listed under papers', 'authors', '## Accepted Papers\n\nI read the applied track papers.\n\n- Binary embedding-based retrieval at widgetco\n- Learning discrete gizmo representations in web search\n- Revisiting neural retrieval on widget accelerators\n- Real time index and search across large quantities of gizmo experts\n- Exploiting intent evolution in widget query recommendation\n- Optimizing gizmo search journey with multi-task learning\n  - Widgetco\n\n## Session 1 - Deep Generative Widgets\n\nAll of the current methods have drawbacks:\n\n- Slow to generate large output widgets\n- Cannot handle multiple diverse gizmos at once\n- Struggles with periodic widget textures\n',
     {'Binary embedding-based retrieval at widgetco': [], 'Learning discrete gizmo representations in web search': [],
      'Revisiting neural retrieval on widget accelerators': [],
      'Real time index and search across large quantities of gizmo experts': [],
      'Exploiting intent evolution in widget query recommendation': []}),
    # A keynote's heading names its speaker; the "Title:" line under it is the talk's, not a paper's (the award
    # above it is a paper).
    ('a keynote title line under its heading', 'authors', '## 8:30 – Award Announcements\n\n🏆 **Best Paper:**  \n*“Attributed Gizmo Generation with Realistic Interplay Between Widgets and Attributes”*  \n**Authors:** Dana Levi, Emil Novak, Hana Mori (Widget University)\n\n---\n\n## Keynote – Dr. Ana Souza (Gizmo University)\n\n**Title:** *“Optimizing External and Internal Knowledge of Large Widget Models for Scientific Discovery”*\n\nMy takeaway:\n\n- Widgets can be more innovative than gizmos.\n',
     {'Attributed Gizmo Generation with Realistic Interplay Between Widgets and Attributes': ['Dana Levi', 'Emil Novak', 'Hana Mori']}),
    # A linked title, a line break, the names in italics and a code link after them: the link's label is no
    # verb of a sentence the names open (markdown with "<br>", an HTML block in markdown, an HTML page).
    *[(f'linked title <br> italic names then a code link ({form})', 'code', text,
       {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park', 'Chen Wei'], ['https://github.com/asouza/wn']],
        'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Emil Novak', 'Hana Mori'], ['https://github.com/dlevi/sga']]})
      for form, text in [
          ('markdown', '## Papers\n\n- [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001)<br>*Ana Souza, Ben Park, Chen Wei* '
                       '[code](https://github.com/asouza/wn)\n- [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002)<br>'
                       '*Dana Levi, Emil Novak, Hana Mori* [code](https://github.com/dlevi/sga)\n'),
          ('html block in markdown', '## Papers\n\n<ul>\n<li><a href="https://arxiv.org/abs/2601.00001">Widget Nets for Gizmo Parsing</a><br>'
                                     '<i>Ana Souza, Ben Park, Chen Wei</i> <a href="https://github.com/asouza/wn">code</a></li>\n'
                                     '<li><a href="https://arxiv.org/abs/2601.00002">Sparse Gizmo Attention at Scale</a><br>'
                                     '<i>Dana Levi, Emil Novak, Hana Mori</i> <a href="https://github.com/dlevi/sga">code</a></li>\n</ul>\n'),
          ('html page', '<html><body><h2>Papers</h2><ul><li><a href="https://arxiv.org/abs/2601.00001">Widget Nets for Gizmo Parsing</a><br>'
                        '<i>Ana Souza, Ben Park, Chen Wei</i> <a href="https://github.com/asouza/wn">code</a></li>'
                        '<li><a href="https://arxiv.org/abs/2601.00002">Sparse Gizmo Attention at Scale</a><br>'
                        '<i>Dana Levi, Emil Novak, Hana Mori</i> <a href="https://github.com/dlevi/sga">code</a></li></ul></body></html>')]],
    # ... and when the segmenter reads the first name of that byline line as a title of its own ("Sunjin/T Im/T,
    # Omar/A Novak/A"): the line is no record; the item above keeps every name and its code link.
    ("an item's byline line whose first name reads as a title", 'code',
     '## Papers\n\n<ul>\n<li><a href="https://arxiv.org/abs/2601.00001">Online Widget Knapsack with Gizmo Predictions</a><br>'
     '<i>Sunjin Im, Omar Novak, Mahsa Montazer Qaem, Manish Souza</i> <a href="https://github.com/im/owk">code</a></li>\n'
     '<li><a href="https://arxiv.org/abs/2601.00002">Sparse Gizmo Attention at Scale</a><br><i>Jiwoo Ko, Dana Levi, Emil Novak</i> '
     '<a href="https://github.com/ko/sga">code</a></li>\n</ul>\n',
     {'Online Widget Knapsack with Gizmo Predictions': [['Sunjin Im', 'Omar Novak', 'Mahsa Montazer Qaem', 'Manish Souza'],
                                                        ['https://github.com/im/owk']],
      'Sparse Gizmo Attention at Scale': [['Jiwoo Ko', 'Dana Levi', 'Emil Novak'], ['https://github.com/ko/sga']]}),
    # Full names in brackets, a semicolon, then where they work (a name no lexicon knows): three full names in a row
    # make no "Last, First; Last, First" list.
    ('linked title (full names; organisation)', 'code',
     '## Papers\n\n- [Mean-Widget Analysis in Gizmo Optimization](https://arxiv.org/abs/2601.00001) (Shogo Iwamura, Yu Inatsuki, '
     'Ichiro Takeda; Widgetco) [code](https://github.com/iwamura/mwa)\n- [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) '
     '(Dana Levi, Min H. Souza, Walterio Mayol-Park; Gizmo Labs)\n',
     {'Mean-Widget Analysis in Gizmo Optimization': [['Shogo Iwamura', 'Yu Inatsuki', 'Ichiro Takeda'], ['https://github.com/iwamura/mwa']],
      'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Min H. Souza', 'Walterio Mayol-Park'], []]}),
    # ... and with a long paper link, which makes the line long enough for emphasis to be read as prose: the italic
    # byline is no emphasised title (which took the names from the record before it and stayed a paper of names).
    ('an HTML list with long links, italic bylines', 'code',
     '## Papers\n'
     '\n'
     '<ul>\n'
     '<li><a href="https://www.widgetconf.example.org/papers/widgetconf_2031/papers_WCF/html/22551_WCF_2031_paper.php">Image to Widget Domain Adaptation Using Gizmo Supervision</a><br><i>Andrew Kaeli, Yale Sung</i> <a href="https://github.com/kaeli/iwda">code</a></li>\n'
     '<li><a href="https://www.widgetconf.example.org/papers/widgetconf_2031/papers_WCF/html/22552_WCF_2031_paper.php">MetaWidget: Network Self-Boosting via Meta-Learned Top-Down Gizmos</a><br><i>Benlin Lau, Yongmin Rao, Jiwei Lu, Jie Zhao, Cho-Jun Hsu</i> <a href="https://github.com/liu/metawidget">code</a></li>\n'
     '<li><a href="https://www.widgetconf.example.org/papers/widgetconf_2031/papers_WCF/html/22553_WCF_2031_paper.php">Sparse Gizmo Attention at Scale</a><br><i>Claire Chen, Preston Culver, Marion Lepic</i> <a href="https://github.com/chen/sga">code</a></li>\n'
     '</ul>\n'
     '\n',
     {'Image to Widget Domain Adaptation Using Gizmo Supervision': [['Andrew Kaeli', 'Yale Sung'], ['https://github.com/kaeli/iwda']],
      'MetaWidget: Network Self-Boosting via Meta-Learned Top-Down Gizmos': [['Benlin Lau', 'Yongmin Rao', 'Jiwei Lu', 'Jie Zhao', 'Cho-Jun Hsu'],
                                                                             ['https://github.com/liu/metawidget']],
      'Sparse Gizmo Attention at Scale': [['Claire Chen', 'Preston Culver', 'Marion Lepic'], ['https://github.com/chen/sga']]}),
    # ... and such a paragraph too long for a record (a long title, a long note): the title, its names in brackets at the
    # end and the link after them are still read; a title's run that stops short of the note's full stop is cut at the colon.
    ('a long paragraph: bold title: note. (names) [code]', 'code',
     '## Papers\n\n**Robust Widget Transfer with the Gizmo Research Kit: A Study On Camera, Lighting, and Physics Domain Randomization**: '
     'The talk was packed and the questions were good, and the poster session after it was crowded too. (Ana Souza, Ben Park, Chen Wei, '
     'Dana Levi, Emil Novak) [code](https://github.com/asouza/rwt)\n\n'
     '**Sparse Gizmo Attention for Long Widget Sequences in Low-Resource Settings**: The talk was packed and '
     'the questions were good. (Hana Mori, Omar Levi)\n',
     {'Robust Widget Transfer with the Gizmo Research Kit: A Study On Camera, Lighting, and Physics Domain Randomization':
          [['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi', 'Emil Novak'], ['https://github.com/asouza/rwt']],
      'Sparse Gizmo Attention for Long Widget Sequences in Low-Resource Settings': [['Hana Mori', 'Omar Levi'], []]}),
    # Names in brackets emphasised apart from the bold title ("**Title** *(A, B)*"), one of them a word of the jargon
    # lexicon ("Fisher Zhou"); numbered references in sentence case, "In Proc. of" after the title's full stop.
    ('bold title, italic names in brackets; numbered references', 'code',
     '## Papers\n'
     '\n'
     '- **Disentangling Widgets and Gizmos for Video Prediction** *(Hang Gu, Huaze Xue, Qi-Zhan Cao, Ruth Wenn, Fisher Zhou, Trevor Darnell)*\n'
     '- **Local Gizmo Bounds** *(Doron Kahn, Aryeh Kontorov)* [code](https://github.com/cohen/lgb)\n'
     '\n'
     '## Reading list\n'
     '\n'
     '[3] F. Cordova, F. Di Carlo, and L. Zolla. Robust widget estimation algorithm for gizmo tracking. In Proc. of NeurIPS, 2031.\n'
     '[34] M. Egerdal, and Xiaoming Hao. Formation constrained multi-gizmo control. In Proc. of NeurIPS, 2031.\n',
     {'Disentangling Widgets and Gizmos for Video Prediction': [['Hang Gu', 'Huaze Xue', 'Qi-Zhan Cao', 'Ruth Wenn', 'Fisher Zhou', 'Trevor Darnell'], []],
      'Local Gizmo Bounds': [['Doron Kahn', 'Aryeh Kontorov'], ['https://github.com/cohen/lgb']],
      'Robust widget estimation algorithm for gizmo tracking': [['F. Cordova', 'F. Di Carlo', 'L. Zolla'], []],
      'Formation constrained multi-gizmo control': [['M. Egerdal', 'Xiaoming Hao'], []]}),
    # A sentence-case title in a whole emphasis span, then "by" and its names: the marks bound the title, the byline names it.
    ('emphasised sentence-case titles by names in prose', 'authors',
     '## Papers\n'
     '\n'
     'Another highlight was *Path planning for underwater widgets using iterative gizmo optimization* by Ana Souza, Ben Park, and Chen Wei. I really liked this one: the method is simple.\n'
     '\n'
     'Another highlight was *What makes widget unlearning hard and what to do about it* by Dana Levi, Emil Novak, and Hana Mori. The talk was packed.\n',
     {'Path planning for underwater widgets using iterative gizmo optimization': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'What makes widget unlearning hard and what to do about it': ['Dana Levi', 'Emil Novak', 'Hana Mori']}),
    # A sentence-case title right after a link labelled as the paper that opens its item ("- [Paper](url) - Title"),
    # among items that are no papers.
    ('sentence-case title after its paper label', 'authors',
     '# Notes from the conference\n'
     '\n'
     'Some tutorials were recorded, and the slides are online.\n'
     '\n'
     '- Tutorial [video](https://widgetconf.cc/virtual/2031/tutorial/99528) - Experimental design and analysis for widget researchers\n'
     '- [Paper](https://arxiv.org/abs/3101.00001) - Widgetbench: assessing gizmo benchmarks, uncovering issues, and establishing best practices\n'
     '- I think you need to have attended to access the recording.\n',
     {'Widgetbench: assessing gizmo benchmarks, uncovering issues, and establishing best practices': []}),
    # Numbered headings, the notes under them naming "the paper" or "the authors": papers, in sentence case too.
    ('numbered sentence-case headings over notes on papers', 'authors',
     '# Notes from the conference\n'
     '\n'
     '## 1. On building widget recommender systems using user click logs and gizmo knowledge\n'
     "This is a highly relevant paper that I've reviewed before.\n"
     '## 2. Exploiting user disagreement for widget search evaluation: an experimental approach\n'
     'The authors collect a large set of judgements.\n'
     '## 3. Modelling dwell time to predict click-level gizmo satisfaction\n'
     'This paper shows that the topic of the page matters.\n',
     {'On building widget recommender systems using user click logs and gizmo knowledge': [],
      'Exploiting user disagreement for widget search evaluation: an experimental approach': [],
      'Modelling dwell time to predict click-level gizmo satisfaction': []}),
    # Numbered lines, each a list of its own with notes between them ("1. Title" / notes / "2. Title"): the same.
    ('numbered sentence-case lines over notes on papers', 'authors',
     '# My favourite papers of WidgetConf 2031\n'
     '\n'
     'Here are the papers I liked most.\n'
     '\n'
     '1. Learning to rank gizmos with widget feedback\n'
     '\n'
     'The authors train a ranker on clicks. I liked the poster a lot.\n'
     '\n'
     '2. What is the social benefit of gizmo detection research? A systematic review\n'
     '\n'
     'Not only was the author lovely, the paper reviews 48 gizmo detection papers.\n'
     '\n'
     '3. Sparse widget attention for long gizmo sequences\n'
     '\n'
     'This paper makes attention sparse. Great talk.\n',
     {'Learning to rank gizmos with widget feedback': [],
      'What is the social benefit of gizmo detection research? A systematic review': [],
      'Sparse widget attention for long gizmo sequences': []}),
    ('numbered lines of the trip, not of papers', 'authors',
     '# My trip\n'
     '\n'
     '1. Getting to the venue and registering early\n'
     '\n'
     'The registration desk was quick, and I picked up the paper proceedings.\n'
     '\n'
     '2. The poster sessions were crowded this year\n'
     '\n'
     'Many papers were about widgets; the authors were friendly.\n'
     '\n'
     '3. What I would do differently next time\n'
     '\n'
     'Read the paper list before arriving.\n',
     {}),
    # ... but numbered headings of a trip's parts, notes mentioning papers under them, are no papers.
    ('numbered headings of the trip, not of papers', 'authors',
     '# My trip\n'
     '\n'
     '## 1. Getting to the venue and registering early\n'
     'The registration desk was quick, and I picked up the paper proceedings.\n'
     '## 2. The poster sessions were crowded this year\n'
     'Many papers were about widgets; the authors were friendly.\n'
     '## 3. What I would do differently next time\n'
     'Read the paper list before arriving.\n',
     {}),
    # A one-column table, each cell "**Title**<br>names<br>[Paper](…) [Code](…)", names no lexicon holds all of; and a
    # bold title, a dash, names and "([paper](…), [code](…))": the last name before the links is no title.
    ('one-column table cells with br; dash, names, links', 'code',
     '## Papers\n'
     '\n'
     '| Papers |\n'
     '|---|\n'
     '| **Revisiting Widget Transformers from the View of Gizmo Ensembles**<br>Shuyan Chao, Pichen Wong, Hao Lau, Fan Weng, Mike Zhen Shu<br>[Paper](https://arxiv.org/abs/3101.00001) [Code](https://github.com/chang/rwt) |\n'
     '| **Sparse Gizmo Attention at Scale**<br>Hitesh Kandel, Jianfu Gai, Jianwen Yao<br>[Paper](https://arxiv.org/abs/3101.00002) |\n'
     '\n'
     '## Favourites\n'
     '\n'
     '- **How to use widget dropout correctly on residual gizmo networks** — Bum Jin Kang, Hyeyon Cho, Sang Woo Kang ([paper](https://arxiv.org/abs/3101.00003), [code](https://github.com/kim/dropout))\n',
     {'Revisiting Widget Transformers from the View of Gizmo Ensembles': [['Shuyan Chao', 'Pichen Wong', 'Hao Lau', 'Fan Weng', 'Mike Zhen Shu'],
                                                                          ['https://github.com/chang/rwt']],
      'Sparse Gizmo Attention at Scale': [['Hitesh Kandel', 'Jianfu Gai', 'Jianwen Yao'], []],
      'How to use widget dropout correctly on residual gizmo networks': [['Bum Jin Kang', 'Hyeyon Cho', 'Sang Woo Kang'],
                                                                         ['https://github.com/kim/dropout']]}),
    # A bold title, a colon, then the writer's capitalised sentence (not a subtitle), the names in brackets after it.
    ('bold title: a capitalised sentence, then names', 'code',
     '## Papers\n\n**Widget Nets for Gizmo Parsing**: The talk was packed and the questions were good. (Ana Souza, Ben Park) '
     '[code](https://github.com/asouza/wn)\n\n**Sparse Gizmo Attention at Scale**: The poster session was crowded, but the authors '
     'explained it well. (Chen Wei, Dana Levi)\n\n**GizmoLM: Widgets from a Single Gizmo**: This is a nice idea. (Emil Novak, Hana Mori)\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], ['https://github.com/asouza/wn']],
      'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []],
      'GizmoLM: Widgets from a Single Gizmo': [['Emil Novak', 'Hana Mori'], []]}),
    # An emphasised title cited author-year in prose: sentence case is no doubt then, and the sentence before it no title.
    ('prose: emphasised sentence-case title, author-year citation', 'code',
     '## Papers\n\nThey show large gains over the baselines on three benchmarks. *Widget nets for gizmo parsing with sparse priors* '
     '(Souza et al., 2031) goes further. Code: https://github.com/asouza/wn\n\n'
     'The talk was packed. *Learning to rank gizmos from widget feedback* (Levi and Park, 2031) goes further.\n',
     {'Widget nets for gizmo parsing with sparse priors': [['Souza'], ['https://github.com/asouza/wn']],
      'Learning to rank gizmos from widget feedback': [['Levi', 'Park'], []]}),
    # A linked sentence-case title "from Surname et al." (a surname no lexicon knows as one), its code named in the
    # sentence after; a Title Case one before it, whose line's reading ran on into the next paragraph.
    ('prose: linked titles from surname et al., code on GitHub', 'code',
     '## Papers\n\nAnother highlight was [Widget Nets for Gizmo Parsing](https://widgetconf.example.org/2031/poster/11) from Souza et al., '
     'which I want to read again. They show large gains. The code is [on GitHub](https://github.com/asouza/wn).\n\n'
     'Another highlight was [Learning to rank gizmos with sparse widget feedback](https://arxiv.org/abs/3101.00012) from Song et al., '
     'which I want to read again. The talk was packed. The code is [on GitHub](https://github.com/song/rank-gizmos).\n',
     {'Widget Nets for Gizmo Parsing': [['Souza'], ['https://github.com/asouza/wn']],
      'Learning to rank gizmos with sparse widget feedback': [['Song'], ['https://github.com/song/rank-gizmos']]}),
    # Notes that open with their paper: a Title Case line, a full stop or a question mark, one surname "et al.";
    # a sentence before "Souza et al." is no title, nor a line that runs on past the names.
    ('notes opening with title then surname et al', 'code',
     'How Important is Widget Symmetry in Gizmo Backprop? Liao et al\n\nWhat is a widget in the model of a gizmo?\n\n'
     'Sparse Gizmo Attention at Scale. C.H. Wei et al., 2019\n\nIt works well in practice. Souza et al.\n\n'
     'Great Results On Widgets. Park et al. later showed that it fails on gizmos.\n',
     {'How Important is Widget Symmetry in Gizmo Backprop?': [['Liao'], []], 'Sparse Gizmo Attention at Scale': [['C.H. Wei'], []]}),
    # A lead-in sentence, then linked titles on the same line: the titles are the papers, the line none.
    ('prose: a lead-in then linked titles on one line', 'code',
     '## Notes\n\n<small> More work on widgets that learn from contact: [Planar gizmo manipulation via motion cones](https://example.org/doi/10.1177/1), '
     '[A novel type of compliant widget hand](https://example.org/doi/10.1177/2), '
     '[An autonomous gizmo system based on force control](https://link.springer.com/article/10.1007/3) etc.\n',
     {'Planar gizmo manipulation via motion cones': [[], []], 'A novel type of compliant widget hand': [[], []],
      'An autonomous gizmo system based on force control': [[], []]}),
    # A bold label ending in a colon over linked titles ("<b>Robust Widgets : </b><br />" / "+ [Title](url)"): a label.
    ('a bold label with a colon over linked titles', 'code',
     '## Talk notes\n\n<b>Certifiable Widget Perception Systems : </b><br />\n'
     '    + [One Gizmo to Rule Them All: Certifiably Robust Widget Perception](https://arxiv.org/abs/3101.00001)  <br />\n'
     '    + [Monitoring and Diagnosability of Gizmo Systems](https://arxiv.org/abs/3101.00002) <br />\n\n'
     '**Attention Widgets Are All You Need:**\n[paper](https://arxiv.org/abs/3101.00003)\n',
     {'One Gizmo to Rule Them All: Certifiably Robust Widget Perception': [[], []], 'Monitoring and Diagnosability of Gizmo Systems': [[], []],
      'Attention Widgets Are All You Need': [[], []]}),
    # "In their paper [Title](url), A, B, ... show": six names, particles ("van", "d'"), a given name that is a word.
    ('prose: in their paper, linked title, many names show', 'code',
     '## Papers\n\nIn their paper [Gizmo Trees for Widget Retrieval](https://arxiv.org/abs/3101.00001), Ran Souza, Ben Park, '
     "Joost van Amersfoort, Eugene d'Orsay, Chen Wei and Dana Levi show how far a simple idea goes.\n\n"
     'In their paper [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/3101.00002), Ran Tavo, Emil Novak and Hana Mori show how far it goes.\n',
     {'Gizmo Trees for Widget Retrieval': [['Ran Souza', 'Ben Park', 'Joost van Amersfoort', "Eugene d'Orsay", 'Chen Wei', 'Dana Levi'], []],
      'Sparse Gizmo Attention at Scale': [['Ran Tavo', 'Emil Novak', 'Hana Mori'], []]}),
    # A bold title over its fields ("- paper: …", "- summary: …", "- code: …"), Title Case or not; a whole bold
    # line is one title, not the subtitled phrase after its lower-case word; a GitHub issue is no code.
    ('bold title over paper, summary and code fields', 'code',
     '# Widget recognition\n## oral\n**Widget Nets for Gizmo Parsing**\n- paper: [https://arxiv.org/abs/3101.00001](https://arxiv.org/abs/3101.00001)\n'
     '- summary: [https://github.com/me/notes/issues/5](https://github.com/me/notes/issues/5)\n- code: [https://github.com/asouza/wn](https://github.com/asouza/wn)\n\n'
     '**Tracking gizmos as points**\n- paper: [https://arxiv.org/abs/3101.00002](https://arxiv.org/abs/3101.00002)\n- summary: []()\n'
     '- code: [https://github.com/cwei/track](https://github.com/cwei/track)\n\n'
     '**Hard widgets are hard, but useful**\n- paper: []()\n- summary: []()\n\n'
     '**Synthesize then Compare: Detecting Widget Failures in Gizmo Segmentation**\n- paper: [https://arxiv.org/abs/3101.00003](https://arxiv.org/abs/3101.00003)\n',
     {'Widget Nets for Gizmo Parsing': [[], ['https://github.com/asouza/wn']], 'Tracking gizmos as points': [[], ['https://github.com/cwei/track']],
      'Hard widgets are hard, but useful': [[], []], 'Synthesize then Compare: Detecting Widget Failures in Gizmo Segmentation': [[], []]}),
    # Notes between linked records with their names ("[Title](…)\\" / "Name (Affiliation)\\"), as many notes as records:
    # a plain line of its own with no link or names is a note's head, not a paper; a markdown hard break is no part
    # of a title or name.
    ('linked records with hard breaks, notes between them', 'code',
     '## [Orals](https://widgetconf.example.org/2031/orals)\n\n10:05 am : West Hall C + B3\\\n\n'
     '[Widget Nets for Gizmo Parsing](https://neurips.cc/Conferences/2031/ScheduleMultitrack?event=1)\\\nAna Souza (Stanford University)\\\nBen Park (Facebook AI Research)\n\n'
     'Contrastive Widget Learning:\n\n    * Used to train gizmo machines\n\nScore-Based Gizmo Modeling\n\n'
     'Representations of Probability Widgets\n\n'
     '[Sparse Gizmo Attention at Scale](https://neurips.cc/Conferences/2031/ScheduleMultitrack?event=2)\\\nChen Wei (Stanford University)\\\nDana Levi (Facebook AI Research)\n\n'
     '[Learning Widgets from Gizmos](https://neurips.cc/Conferences/2031/ScheduleMultitrack?event=3)\\\nHana Mori (Stanford University)\\\nEmil Novak (Facebook AI Research)\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []],
      'Learning Widgets from Gizmos': [['Hana Mori', 'Emil Novak'], []]}),
    # A lab's news post: tutorials announced by a sentence ("On Tutorials, the following ...:"), then papers; a
    # sentence about people ("At the [Meeting](…), Dr Ana Souza as president presented ..."), a sentence that opens
    # "Finally," over names, and the post's signature with its date are none.
    ('lab news: tutorials, papers, sentences about people, a signature', 'code',
     'On <b>Tutorials</b>, the following were co-organised by our members:\n'
     '* [Why widgets are interesting](https://widgetconf.example.org/tutorials#t1) (Ana Souza, Ben Park)\n'
     '* [Gizmo transcription](https://widgetconf.example.org/tutorials#t2) (Chen Wei, Dana Levi)\n\n'
     'In the <b>Technical Programme</b>, the following papers were authored by our members:\n'
     '* [Widget Nets for Gizmo Parsing](https://widgetconf.example.org/papers/1.pdf) (Ana Souza, Ben Park)\n'
     '* [Sparse Gizmo Attention at Scale](https://widgetconf.example.org/papers/2.pdf) (Chen Wei, Dana Levi)\n\n'
     'At the <b>[Business Meeting](https://widgetconf.example.org/meeting)</b>, Dr Ana Souza as President of the society presented its work.\n\n'
     'Finally, on the organisational side, the following members were on the <b>programme committee</b>: Ana Souza, Ben Park, Chen Wei.\n\n'
     '<i>(Author: Dana Levi - 2nd November 2031)</i>\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []], 'Sparse Gizmo Attention at Scale': [['Chen Wei', 'Dana Levi'], []]}),
    # A list a sentence announces as the writer's points ("I noticed several aspects where I could improve:"): its
    # Title Case heads are no papers; a list announced as papers still is; a schedule's "1-5pm:" slot is none.
    ('numbered points under a lead sentence, then papers', 'code',
     '## Improvements for Poster Presentations\n\nDuring my poster presentation, I noticed several aspects where I could improve:\n\n'
     '1. Telling a Good Story\nIn an interactive poster session, the most important thing is to spark interest first.\n\n'
     '2. Using Examples to Illustrate Abstract Ideas\nAnother lesson is that posters need concrete examples.\n\n'
     '## Schedule\n\n1-5pm: [Machine Learning for Gizmo Analysis](http://lab.example.edu/tutorial/gizmo/)\n\n'
     '## Papers\n\nThe papers I liked most:\n\n1. Sparse Gizmo Attention at Scale\nIt shows how attention scales to gizmos.\n\n'
     '2. Widget Nets for Gizmo Parsing\nIt parses gizmos with widgets.\n',
     {'Sparse Gizmo Attention at Scale': [[], []], 'Widget Nets for Gizmo Parsing': [[], []]}),
    # A schedule line's words before the quoted title it names ('8:00 start of "Title"').
    ('words of a schedule line before a quoted title', 'code',
     '## Monday\n\n*  8:00 start of "Learning Gizmos: Practice and Trends", \n*Ana Souza · Ben Park · Chen Wei*\n\n'
     '*  10:45 start of "Widget Nets for Gizmo Parsing", \n*Dana Levi · Emil Novak*\n',
     {'Learning Gizmos: Practice and Trends': [['Ana Souza', 'Ben Park', 'Chen Wei'], []],
      'Widget Nets for Gizmo Parsing': [['Dana Levi', 'Emil Novak'], []]}),
    # Posters listed in a fenced block with no language ("```" / "5 - Title" / "220CD - Title"): plain lines, read;
    # a fenced block of code or commands is not.
    ('posters in a fenced block; code in another', 'code',
     '##### Posters\n\n```\n5 - Widget Nets for Gizmo Parsing\n27 - Sparse Gizmo Attention at Scale\n'
     '220CD - Learning Gizmos from Widgets with Sparse Attention\n```\n\nTo try it:\n\n```\nInstall Widget Toolkit For Gizmos\n'
     'pip install widget-toolkit\nRun Gizmo Benchmark Suite(--fast)\n```\n',
     {'Widget Nets for Gizmo Parsing': [[], []], 'Sparse Gizmo Attention at Scale': [[], []],
      'Learning Gizmos from Widgets with Sparse Attention': [[], []]}),
    # "The following <b>Tutorials</b> will be presented by our members:" (the word capitalised): talks, not papers.
    ('a sentence announcing tutorials, capitalised', 'code',
     'The below papers are authored by our members:\n\n* [Widget Nets for Gizmo Parsing](https://example.org/papers/1.pdf) (Ana Souza, Ben Park)\n\n'
     'The following <b>Tutorials</b> will be presented by our members:\n\n'
     '* [Introduction to Differentiable Gizmo Programming](https://widgetconf.example.org/tutorials/#2) (Chen Wei, Dana Levi)\n'
     '* [Kymatio: Widgets meet Gizmo Theory for Signal Processing](https://widgetconf.example.org/tutorials/#6) (Emil Novak, Hana Mori)\n',
     {'Widget Nets for Gizmo Parsing': [['Ana Souza', 'Ben Park'], []]}),
    # Session headings named again in prose, and the papers the prose quotes under them: the quoted names of
    # sessions are no papers, and the session's heading is not its one linked paper's.
    ('sessions quoted in prose, papers quoted under them', 'code',
     '#### Widget Mining 1\n\nThe next session I attended was "Widget Mining 1", where the best student paper,\n'
     '["Gizmo Trees for Widget Retrieval"](http://arxiv.org/abs/2601.00001) was presented among others.\n\n'
     '#### Gizmo Data 2\n\nThe last session I attended was "Gizmo Data 2". The two papers from that session were\n'
     'application specific but gave insights. The first, "Sparse Gizmo Attention on Widget Systems" dealt with\n'
     'the exact problem. The second paper ["Online Evaluation in a Large-Scale Widget Platform"](http://arxiv.org/abs/2601.00002)\n'
     'gave a rare look at a platform, something that a previous related paper from Widgetco,\n'
     '["Gizmo Click Prediction: a View from the Widgets"](https://www.example.edu/~asouza/papers/gizmo-click.pdf),\nwas missing.\n',
     {'Gizmo Trees for Widget Retrieval': [[], []], 'Sparse Gizmo Attention on Widget Systems': [[], []],
      'Online Evaluation in a Large-Scale Widget Platform': [[], []], 'Gizmo Click Prediction: a View from the Widgets': [[], []]}),
    # A conference's page of a paper, its path spelling the title: the paper's page, so the linked title in
    # prose is a paper; a venue's name linked over two lines is none.
    ('a conference page spelling the linked title; a venue linked over two lines', 'code',
     'I attended the [31st ACM SIGKDD Conference on Knowledge\nDiscovery and Data Mining (KDD)](http://www.kdd.org/kdd2031/), '
     'held in Widgetville.\n\n## Monday\n\nThe first paper presented was the best paper award winner, '
     '[WIDGETAR: Bounding Gizmo Fraud in the Face of Camouflage](http://www.kdd.org/kdd2031/subtopic/view/widgetar-bounding-gizmo-fraud-in-the-face-of-camouflage)\n'
     'from a lab at CMU. In the paper Souza et al. describe a method for detecting fraud.\n',
     {'WIDGETAR: Bounding Gizmo Fraud in the Face of Camouflage': [[], []]}),
    # Notes on workshop papers, each item a sentence with its link on a few words in lower case: those words are
    # no title; a Title Case anchor is.
    ('items of sentences, links on lower-case words', 'code',
     '#### Papers\n\n* Souza et al.\npresented a new algorithm on [distance-based widget influence](http://www.widgetws.org/2031/paper/p35.pdf), '
     'where a scalable\nalgorithm was presented which can be used with any decay.\n'
     '* Dana Levi used the work presented earlier by B. Park that allows for the generation of widget\n'
     'networks, to create different samples from a distribution and [systematically study](http://www.widgetws.org/2031/paper/p27.pdf) how '
     'gizmo characteristics\naffect the performance of classification algorithms.\n'
     '* Wei et al. presented [Relational Widget Machines](http://www.widgetws.org/2031/paper/p33.pdf),\na model for relational learning.\n',
     {'Relational Widget Machines': [['Wei'], []]}),
    # A session's heading, a paragraph of prose, then a paragraph opening with a surname and "et al.": no byline
    # of the heading's, which reads no names past the prose.
    ('a session heading, prose, then names opening a later paragraph', 'code',
     '## Papers\n\n#### Widget streams and temporal evolution I (Best student paper award)\n\n'
     'Ana Souza from Brown presented [WIDGETRI](http://www.example.org/widgetri), a new algorithm for counting local and global widgets,\n'
     'a new algorithm for counting local and global widgets in streaming gizmos,\nthat supports additions and deletions of edges, with a fixed\n'
     'Counting widgets is a classic problem in gizmo theory, as it can help with many tasks like spam detection,\n'
     'prediction etc. In many real world gizmos, like a social network, edges are constantly being added and removed.\n'
     'of nodes and billions of edges.\n\n'
     'What De Souza et al. have done\nhere is present a one-pass algorithm based on reservoir sampling that provides unbiased estimates of the\n'
     'widget counts with very little variance, that only requires the user to specify the amount of memory they want to use (an easy one).\n'
     'Compared to previous approaches, it does not require the user to set an edge sampling probability (a parameter that is\n'
     'very hard to set without prior knowledge about the stream), and provides full use of the memory.\n\n'
     '#### Gizmo Nets for Widget Parsing\n\nBen Park, Chen Wei\n\nThey parse widgets.\n',
     {'Gizmo Nets for Widget Parsing': [['Ben Park', 'Chen Wei'], []]}),
    # Numbered picks, each its names and then its title with no separator, then a note on it, too long a line for a
    # record: the names and the title up to its full stop.
    ('names glued to the title, then a long note', 'code',
     'There were several papers that other people might like to take a look at.\n\n'
     '  2. Frank Parkov and Ilya Weiss Differentially Private Widget Systems: Building Privacy into the Gizmo Prize Contenders. The basic claim here is that it '
     'is possible to beat the baseline system in Gizmo and preserve a nontrivial amount of user privacy. It is the first demonstration I have seen of this sort.\n',
     {'Differentially Private Widget Systems: Building Privacy into the Gizmo Prize Contenders': [['Frank Parkov', 'Ilya Weiss'], []]}),
    # A linked title inside a sentence on a short line of its own, the sentence calling it a talk (a graphics
    # conference's talks are papers): a paper, and the studio that presented it no author.
    ('a linked title inside a short sentence that calls it a talk', 'code',
     '## Monday\n\nThe first talk [Plausible widget caustics and gizmo arc rendering](https://s2031.siggraph.org/presentation/?id=gensub_144&sess=sess287) '
     'presented by Disney was especially inspiring.\n\nThe graphics researchers took reference of how real widgets respond to lighting angles.\n\n'
     'The keynote talk [Widgets in the wild and beyond them](https://s2031.siggraph.org/presentation/?id=keynote_1) given by Ana Souza was fun.\n',
     {'Plausible widget caustics and gizmo arc rendering': [[], []]}),
    # A plain-text list: a title, a full stop and its affiliation, then its links' labels written as words before the
    # URLs in brackets ("Paper (https://...)"): records, the affiliation no part of the title.
    ('plain text: title, affiliation, then labelled URLs written out', 'code',
     'Object Detection\n- Widget Nets: Low-Complexity Gizmo Networks for Object Detection in Embedded Systems.  Widgetco & UCSD  \n'
     'Paper (https://arxiv.org/abs/2601.00001)\n\n- Accurate Single Stage Gizmo Detector Using Recurrent Widget Convolution. GizmoTime   \n'
     'Website (https://github.com/asouza/gizmo_detection)  \n\n- Gizmo Pyramid Networks for Object Detection. \nAna Souza, Ben Park, Chen Wei\n',
     {'Widget Nets: Low-Complexity Gizmo Networks for Object Detection in Embedded Systems': [[], []],
      'Accurate Single Stage Gizmo Detector Using Recurrent Widget Convolution': [[], ['https://github.com/asouza/gizmo_detection']],
      'Gizmo Pyramid Networks for Object Detection': [['Ana Souza', 'Ben Park', 'Chen Wei'], []]}),
    # Plain text names a tutorial with its URL in brackets as a markdown post would link it: no paper, as the linked
    # anchor is none; a work titled so with its paper's URL is one.
    ('plain text: a tutorial titled with its URL in brackets', 'code',
     'The first two days hosted workshops and tutorials. One of the tutorials, titled “Text-Attributed Widget Representation '
     'Learning: Methods, Applications, and Challenges (https://www.example.org/widget-tutorial.pdf)“, was presented by Ana Souza and Ben Park.\n\n'
     'Another work presented as a poster was titled “Term Importance for Gizmo-Based Widget Retrieval: A Case Study of Gizmos '
     '(https://dl.acm.org/doi/10.1145/3589335.3651568)“, and co-authored with Chen Wei.\n',
     {'Term Importance for Gizmo-Based Widget Retrieval: A Case Study of Gizmos': [['Chen Wei'], []]}),
    # Plain text: a sentence-case title with a colon inside it before its proceedings URL, whose last path segment
    # spells it (cut short or not): the whole title, from where the segment's words begin.
    ('plain text: a title before its URL that spells it', 'code',
     'Naturally, there were several works on the subject. Finally, we must mention Missing widgets at random in gizmo completion: the '
     'effectiveness of estimating missingness under a low norm assumption (https://papers.nips.cc/paper/9628-missing-widgets-at-random-in-'
     'gizmo-completion-the-effectiveness-of-estimating-missingness-under-a-low-norm-assumption.pdf), a paper that proposes a principled approach.\n',
     {'Missing widgets at random in gizmo completion: the effectiveness of estimating missingness under a low norm assumption': [[], []]}),
    # The same talks in plain text, each page's URL in brackets after its title: papers, a sentence-case title with
    # a colon read whole after "talk was"; the keynote none.
    ('plain text: titles the sentence calls talks, their pages in brackets', 'code',
     '## Monday\n\nThe first talk Plausible widget caustics and gizmo arc rendering (https://s2031.siggraph.org/presentation/?id=gensub_144&sess=sess287) '
     'presented by Disney was especially inspiring.\n\nSecond talk was Prelit widgets: light transport for live-action gizmos in production rendering '
     '(https://s2031.siggraph.org/presentation/?id=gensub_117&sess=sess287) by Animal Logic.\n\n'
     'The keynote talk Widgets in the wild and beyond them (https://s2031.siggraph.org/presentation/?id=keynote_1) given by Ana Souza was fun.\n',
     {'Plausible widget caustics and gizmo arc rendering': [[], []],
      'Prelit widgets: light transport for live-action gizmos in production rendering': [[], []]}),
    # An award's news in sentences, titles in sentence case after "for their paper" (the award is the cue), a venue and
    # year after one; an honourable mention's list after a colon, each title and its byline between semicolons.
    ('award news: sentence-case titles for their paper, a list of titles by names', 'code',
     'The WCLR 2031 Best Paper Award was presented to Ana Souza and Ben Park for their paper Partitioned widget-gizmo indexes.\n\n'
     'Dana Levi received an Honourable Mention for her paper Modelling gizmos with economic models of widgets.\n\n'
     'This year the Test of Time Award went to Chen Wei, Emil W. Novak, and Hana Mori for their paper Beyond widget relevance: '
     'methods and metrics for gizmo retrieval from WCLR 2011.\n'
     'Two papers received Honourable Mention, both from WCLR 2010: Predicting gizmo performance by Ivo Brandt, Yan Song, and '
     'K. Tavo Ruiz; The importance of widget priors for gizmo search by Lena Kowalski, Omar Haddad, and Sara Lindqvist.\n',
     {'Partitioned widget-gizmo indexes': [['Ana Souza', 'Ben Park'], []],
      'Modelling gizmos with economic models of widgets': [['Dana Levi'], []],
      'Beyond widget relevance: methods and metrics for gizmo retrieval': [['Chen Wei', 'Emil W. Novak', 'Hana Mori'], []],
      'Predicting gizmo performance': [['Ivo Brandt', 'Yan Song', 'K. Tavo Ruiz'], []],
      'The importance of widget priors for gizmo search': [['Lena Kowalski', 'Omar Haddad', 'Sara Lindqvist'], []]}),
    # Short posts of an award list: a slot and who holds it is no title ("Honorable Mention 1: A and B"); a sentence run
    # up to a name ("... for Widget Retrieval with Dana Levi") is none either; an opening plenary is a talk.
    ('award posts: a slot and its winners, a sentence up to a name, a plenary', 'code',
     '#WCLR 2031 Test of time award Honorable Mention 1: Ivo Brandt and Lena Kowalski, WCLR 2021\n\n'
     'Best #WCLR2031 paper: Ana Souza et al. "Controlling widgets and gizmos in dynamic ranking"\n\n'
     'Going to find out how deep learning works for Widget Retrieval with Dana Levi. #WCLR2031\n\n'
     '- Chen Wei’s (from Gizmo Labs) Opening Plenary – great data and well visualised.\n'
     '- Hana Mori et al’s work on Sparse Widget Ink via Deep Gizmo Modeling. Impressive results!\n',
     {'Controlling widgets and gizmos in dynamic ranking': [['Ana Souza'], []],
      'Sparse Widget Ink via Deep Gizmo Modeling': [['Hana Mori'], []]}),
    # A paper one picked, "presented by" its speaker after it; a paper presented by a speaker named before the colon
    # that opens its title (the name is no part of it); a note under a title is no title.
    ('picked papers presented by their speakers, a notes field', 'code',
     'I selected from the first session a paper presented by Tam Vohra: An Audit of Widget Bubbles on GizmoTube: Bubble '
     'Bursting and Recent Gizmo Changes.\n\nIn the second session, the paper that I chose is Jointly Optimising Widget Latency '
     'in Large-scale Gizmo Systems presented by Ivo Brandt from Gizmo Labs.\n\n'
     'Notable Papers:\n\nDenoising Self-Attentive Sequential Widgets\n\nNote: differentiable masking for gizmos.\n\n'
     'Paper: :page_facing_up: Talk: :movie_camera:\n\nModeling Two-Way Widget Preference for Gizmo Fit\n\n'
     'Note: Useful for GizmoSearch in the future.\n\nPaper: :page_facing_up: Talk: :movie_camera:\n',
     {'An Audit of Widget Bubbles on GizmoTube: Bubble Bursting and Recent Gizmo Changes': [['Tam Vohra'], []],
      'Jointly Optimising Widget Latency in Large-scale Gizmo Systems': [['Ivo Brandt'], []],
      'Denoising Self-Attentive Sequential Widgets': [[], []], 'Modeling Two-Way Widget Preference for Gizmo Fit': [[], []]}),
    # A tutorial named with its speakers before what it is on: no paper, its speakers no authors. The writer's own papers,
    # their co-authors after them ("which I co-authored together with ..."), a full name the lexicons miss among them.
    ('a tutorial by its speakers on a quoted subject, own papers with their co-authors', 'code',
     'The first day I attended a great tutorial by Ana, Ben Park and Dana K. Levi on “Widget-Assisted Review (WAR) for High '
     'Recall Gizmos”. The whole tutorial was very interactive.\n\n'
     'On the first day I also got to present our paper “Establishing Strong Baselines for Gizmo Retrieval”, which I co-authored '
     'together with Hana Mori, Rook Vantanen, and Emil Novak.\n\nOn the third day it was time for me to present my first full '
     'paper “WARM: A Widget Aggregation Model for Dense Gizmo Retrieval” together with Hana Mori and Emil Novak.\n',
     {'Establishing Strong Baselines for Gizmo Retrieval': [['Hana Mori', 'Rook Vantanen', 'Emil Novak'], []],
      'WARM: A Widget Aggregation Model for Dense Gizmo Retrieval': [['Hana Mori', 'Emil Novak'], []]}),
    # Layout-matrix finds (seed 23): an emphasised title opening with a number run into a word, cited after it; a
    # sentence-case quoted title its presenters' full names introduce; a typeset byline's Unicode hyphens (U+2010); a
    # list's last name of English words before the title's full stop; an award for "their paper on" a Title Case
    # title, its winners' institution after their names.
    ('matrix finds: a number-led title, presenters of a sentence-case quote, typeset hyphens, a last name of words', 'code',
     'The talk was packed and the questions were good. *3D Tiny Widget Detection with Dynamic Gizmo Culling* (Souza et al., 2031) goes further.\n\n'
     'Hana Mori and Emil Novak presented "Sparse widget kernels for gizmo parsing". They show gains.\n\n'
     '## Reading list\n\n'
     '- Jean\u2010Luc Brandt, Kan\u2010Le Wei, Dana Levi. Skewed Widget Meshes of Gizmos. In WCLR 2031.\n'
     '- Ivo Brandt, Yan Song, Omar Haddad, Tansy Harbor. Learning To Widen and Narrow Widgets. In WCLR 2031.\n\n'
     'The Best Paper Award went to Lena Kowalski and Sara Lindqvist from Gizmo University for their paper on Specialising '
     'Widget Embeddings (for Parsing) by Gizmo Bottleneck. The Runner-Up was announced later.\n',
     {'3D Tiny Widget Detection with Dynamic Gizmo Culling': [['Souza'], []],
      'Sparse widget kernels for gizmo parsing': [['Hana Mori', 'Emil Novak'], []],
      'Skewed Widget Meshes of Gizmos': [['Jean\u2010Luc Brandt', 'Kan\u2010Le Wei', 'Dana Levi'], []],
      'Learning To Widen and Narrow Widgets': [['Ivo Brandt', 'Yan Song', 'Omar Haddad', 'Tansy Harbor'], []],
      'Specialising Widget Embeddings (for Parsing) by Gizmo Bottleneck': [['Lena Kowalski', 'Sara Lindqvist'], []]}),
    # Titles in the marks of Korean and Japanese prose, the word for a paper after them: "<Title> 논문", "「Title」という論文".
    ('korean and japanese title marks before the word for a paper', 'code',
     '우선 저희 팀은 이번 WCLR에 <WWS: Widget-to-Widget Retrieval with Irrelevant Gizmo Suppression> 논문이 accept되어 참석하게 되었습니다.\n\n'
     '特に「Smaller widgets can pack a punch in the era of large gizmo models」という論文は、部屋に人が入りきらないほどの大盛況でした。\n',
     {'WWS: Widget-to-Widget Retrieval with Irrelevant Gizmo Suppression': [[], []],
      'Smaller widgets can pack a punch in the era of large gizmo models': [[], []]}),
    # Lines of one paragraph, "Title — names" each: a sentence-case title whose commas make it read like a list of areas
    # is taken with its byline as its siblings are.
    ('emoji lines: a sentence-case title with commas among its siblings', 'authors',
     '## Papers\n\n'
     '🔹 Assessment of a wide area ambient widget network for gizmo route planning — K.J. Souza, V. Park, S. Wei, D. Levi and T. Novak\n'
     '🔹 Learning a Widget Embedding for Gizmo Matching using the Manybatch Method — Ana Souza, Ben Park, Chen Wei and Dana Levi\n'
     '🔹 A compact widget-free, multi-angle of view, gizmo actuated scope — T. Mori, M. Brandt, A. Haddad, M. Song and A. Kowalski\n'
     '🔹 Better Widget Set Sorting via Joint Sparse Approximate Nearest Gizmos — Emil Novak, Hana Mori and Ivo Brandt\n'
     '🔹 Why Anchor Widgets Steady Temporal Gizmo Methods — Lena Kowalski, Omar Haddad and Sara Lindqvist\n',
     {'Assessment of a wide area ambient widget network for gizmo route planning': ['K.J. Souza', 'V. Park', 'S. Wei', 'D. Levi', 'T. Novak'],
      'Learning a Widget Embedding for Gizmo Matching using the Manybatch Method': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi'],
      'A compact widget-free, multi-angle of view, gizmo actuated scope': ['T. Mori', 'M. Brandt', 'A. Haddad', 'M. Song', 'A. Kowalski'],
      'Better Widget Set Sorting via Joint Sparse Approximate Nearest Gizmos': ['Emil Novak', 'Hana Mori', 'Ivo Brandt'],
      'Why Anchor Widgets Steady Temporal Gizmo Methods': ['Lena Kowalski', 'Omar Haddad', 'Sara Lindqvist']}),
    # A quoted title with a colon inside its quotes: the head before the colon is the title's, no "Names: Title".
    ('quoted title with a colon inside, by first author et al.', 'code',
     '## Papers\n\n- "Grace Notes: Zero-Shot Widget Learning From Online Gizmo Notes With Noise Damping" by Ana Souza et al. '
     '(https://github.com/souza/less-is-more)\n- "Sparse Gizmo Attention at Scale" by Ben Park et al. (https://github.com/park/sparse)\n',
     {'Grace Notes: Zero-Shot Widget Learning From Online Gizmo Notes With Noise Damping': [['Ana Souza'], ['https://github.com/souza/less-is-more']],
      'Sparse Gizmo Attention at Scale': [['Ben Park'], ['https://github.com/park/sparse']]}),
    # Layout matrix seed 37: a quoted title opening with a number run into a word; a byline whose first name is typed in
    # capitals after the title's arXiv id and a dash; a reference's last name before the title's full stop when the title
    # holds an organisation's word ("Research").
    ('matrix finds: a number-led quote, a first name in capitals after a dash, a last name before a stop', 'code',
     'The award went to “3D Twin Widget-to-Gizmo Tracker for Sparse Gizmo Clouds” by Ana Souza, Ben Park and Chen Wei. '
     'The poster session was crowded.\n\n## Papers\n\n'
     '- Adaptive Widget Recurrent Network for Gizmo Forecasts (arXiv:2601.00001) — DANA LEVI, Emil Novak, Hana Mori, Ivo Brandt\n'
     '- Sparse Gizmo Attention at Scale (arXiv:2601.00002) — Yan Song, Omar Haddad\n\n## References\n\n'
     '[32] Lena Kowalski, Sara Lindqvist, Tam Vohra, and Rook Vantanen. Open Research Questions for Widgets in Soft Gizmos. '
     'In Proc. of WCLR, 2031.\n',
     {'3D Twin Widget-to-Gizmo Tracker for Sparse Gizmo Clouds': [['Ana Souza', 'Ben Park', 'Chen Wei'], []],
      'Adaptive Widget Recurrent Network for Gizmo Forecasts': [['DANA LEVI', 'Emil Novak', 'Hana Mori', 'Ivo Brandt'], []],
      'Sparse Gizmo Attention at Scale': [['Yan Song', 'Omar Haddad'], []],
      'Open Research Questions for Widgets in Soft Gizmos': [['Lena Kowalski', 'Sara Lindqvist', 'Tam Vohra', 'Rook Vantanen'], []]}),
    # A title opening with an acronym that is also a field's name in capitals ("DATE: ..."): a title, not a "Date:" field
    # (its code went to the paper above).
    ('a title opening with an acronym that names a field', 'code',
     '#### [DATE: Detecting Widgets in Gizmo Logs via Self-Supervision](https://aclanthology.org/2031.naacl-main.25/)\n'
     'Andrei Souza (Google), Ben Park (Tsinghua University), Chen Wei (MIT)\n\n[code](https://github.com/souza/date)\n\n'
     '#### [Sparse Gizmo Attention at Scale](https://aclanthology.org/2031.naacl-main.26/)\nDana Levi (Google), Emil Novak (MIT)\n',
     {'DATE: Detecting Widgets in Gizmo Logs via Self-Supervision': [['Andrei Souza', 'Ben Park', 'Chen Wei'], ['https://github.com/souza/date']],
      'Sparse Gizmo Attention at Scale': [['Dana Levi', 'Emil Novak'], []]}),
    # A line of "Name (Affiliation), ..." under a linked heading whose first name opens with an English word ("Or"): the
    # segmenter left it out; the next piece, a name before its own bracket, says what the line is.
    ('a byline of names with affiliations whose first name opens with an English word', 'code',
     '#### [Localizing Widget-Level Shape Variations with Gizmo Models](https://openaccess.thecvf.com/content/ICCV2031/html/Souza_Localizing_paper.html)\n'
     'Or Souza (Tsinghua University), Ben Park (Tsinghua University), Idan Wei (ETH Zurich), Hana Levi-Mori (Google), Dana Novak-Or (ETH Zurich)\n\n'
     '[code](https://github.com/souza/local-widget)\n\n'
     '#### [Sparse Gizmo Attention at Scale](https://aclanthology.org/2031.naacl-main.26/)\nEmil Novak (Google), Ivo Brandt (MIT)\n',
     {'Localizing Widget-Level Shape Variations with Gizmo Models': [['Or Souza', 'Ben Park', 'Idan Wei', 'Hana Levi-Mori', 'Dana Novak-Or'],
                                                                     ['https://github.com/souza/local-widget']],
      'Sparse Gizmo Attention at Scale': [['Emil Novak', 'Ivo Brandt'], []]}),
    # An award page's titles, each over its authors one a line with a comma and the affiliation ("Ana Souza, University
    # of Widgets, Canada"), then a sentence on the paper: every name, not only the first line's.
    ('names one a line, each with a comma and its affiliation', 'code',
     'Best Papers, awarded by the committee\n\n'
     'A Role for Gizmos in Mobile Widgets: Initial Design Using a Handheld Widget Prototype\n'
     'Ana Souza, University of Widgets, Canada\nBen Park, Gizmo Institute of Technology, USA\nChen Wei, Widget Research Lab, China\n'
     'This paper describes gizmo technologies that can be formed into tiny widgets.\n'
     'Embedded Gizmos: Supporting Widget Learning with Classroom-sized Simulations\n'
     'Dana Levi, University of Gizmos at Springfield, USA\n'
     'This paper features a creative set of techniques that combine gizmos and widgets.\n',
     {'A Role for Gizmos in Mobile Widgets: Initial Design Using a Handheld Widget Prototype': [['Ana Souza', 'Ben Park', 'Chen Wei'], []],
      'Embedded Gizmos: Supporting Widget Learning with Classroom-sized Simulations': [['Dana Levi'], []]}),
    # A two-word title in quotes with a numbered reference after it ("[1]"): a paper, each word capitalised; a term in
    # lower case or a two-word quote without the reference is none.
    ('a quoted two-word title with a numbered reference', 'authors',
     'Here I report on a couple of works. A place of honour goes to "Widget Normalization" [1], an alternative to '
     'gizmo norms that promises better results on small batches. Others spoke of "soft gizmos" [2] and of "Widget Tricks" '
     'at length.\n',
     {'Widget Normalization': []}),
    # A university's news: each title runs on into ", co-authored by" and names with their roles before them ("WU Assistant
    # Professor Ana Souza and WU PhD student Ben Park"): the title ends before the comma, the names without their roles.
    ('titles co-authored by names with their roles', 'authors',
     'The honorees included three papers by WU researchers that won Outstanding Paper awards:\n\n'
     '  • WidgetPositionality: Characterizing Design Biases of Gizmos and Models, co-authored by WU Assistant Professor '
     'Ana Souza and GU PhD student Ben Park\n'
     '  • Dissecting Widget Length Extrapolation via the Lens of Receptive Gizmo Analysis, co-authored by WU Research '
     'Professor Emeritus Chen Wei and WU PhD student Dana Levi\n'
     '  • Minding Widget Models\' (Lack of) Theory of Gizmos: A Plug-and-Play Multi-Widget Belief Tracker, co-authored by '
     'WU PhD student Emil Novak\n',
     {'WidgetPositionality: Characterizing Design Biases of Gizmos and Models': ['Ana Souza', 'Ben Park'],
      'Dissecting Widget Length Extrapolation via the Lens of Receptive Gizmo Analysis': ['Chen Wei', 'Dana Levi'],
      "Minding Widget Models' (Lack of) Theory of Gizmos: A Plug-and-Play Multi-Widget Belief Tracker": ['Emil Novak']}),
    # "Name (Affiliation), ..." under a linked heading: a name of English words between two others ("Yining Bay"), each with
    # its affiliation between, is one of the list.
    ('a name of English words between affiliated names', 'authors',
     '## Papers\n\n#### [Symbolic Widget Solvers with Auxiliary Gizmos](https://aclanthology.org/2031.acl-long.456/)\n'
     'Ana Souza (Stanford University), Ben Park (MIT), Yining Bay (Widget University), Chen Wei (ETH Zurich), Dana Levi (Stanford University)\n\n'
     '## Closing\n\nIt was a good conference.\n',
     {'Symbolic Widget Solvers with Auxiliary Gizmos': ['Ana Souza', 'Ben Park', 'Yining Bay', 'Chen Wei', 'Dana Levi']}),
    # Titles a line each with emoji bullets in one paragraph: a title of English words the line above labelled as names
    # and then turned down ("Adversarially Regularized Widgets") is the next record's title, not the byline above.
    ('a title of English words the line above labelled as names', 'authors',
     '## Papers\n\n'
     '🔹 Semantic-Aware Gizmo Text Detection — Chen Wei, Dana Levi, Emil Novak and Hana Mori\n'
     '🔹 Sparse Widget Recovery from Aggregated Gizmos — Avradeep Bhowmo, Joydeep Ghosa and Oluwasanmi Koyo\n'
     '🔹 Adversarially Regularized Widgets — Ivo Brandt, Yoon Kimura, Kelly Zhanga, Omar Haddad and Yan Song\n'
     '🔹 Real-Time Simultaneous Widget Mapping with Gizmo Intensity — Lena Kowalski and Sara Lindqvist\n',
     {'Semantic-Aware Gizmo Text Detection': ['Chen Wei', 'Dana Levi', 'Emil Novak', 'Hana Mori'],
      'Sparse Widget Recovery from Aggregated Gizmos': ['Avradeep Bhowmo', 'Joydeep Ghosa', 'Oluwasanmi Koyo'],
      'Adversarially Regularized Widgets': ['Ivo Brandt', 'Yoon Kimura', 'Kelly Zhanga', 'Omar Haddad', 'Yan Song'],
      'Real-Time Simultaneous Widget Mapping with Gizmo Intensity': ['Lena Kowalski', 'Sara Lindqvist']}),
    # Items of a list a sentence announces as papers, each a sentence-case title and a note that speaks of it as a paper
    # ("They generalize ..."), the segmenter seeing neither title nor names; one note runs on past a record's length.
    # The same items under a lead-in that names no papers are notes.
    ('sentence-case titles before a note on them, in a list announced as papers', 'authors',
     'Many agreed that the main topic this year were gizmos. Here some articles that I enjoyed:\n\n'
     '- Towards generalized widget enhancement with generative gizmo networks. They generalize the widget model to also '
     'remove additive noise, clipping, chunk elimination, or frequency-band removal. To this end, they propose the addition '
     'of an adversarial gizmo regression loss that promotes a richer feature extraction at the discriminator, and a '
     'two-step adversarial training schedule for the widgets.\n'
     '- Augmented gizmo networks for continuous scale widget style conversion. The authors show that it works on three sets.\n\n'
     'Some things I learned:\n\n'
     '- Widgets are better with gizmos in the loop. They show up in every other poster.\n',
     {'Towards generalized widget enhancement with generative gizmo networks': [],
      'Augmented gizmo networks for continuous scale widget style conversion': []}),
    # A person's full name and possessive right before a quoted sentence-case title ('Dana Levi's "Title"'), initials
    # allowed: the title is hers; a company's possessive or a quote of words said is no title.
    ('a quoted sentence-case title after its author\'s possessive', 'authors',
     'Here some notes about interesting talks/posters I saw:\n\n'
     '- Dana Levi\'s "System for widget summarisation in gizmo monitoring scenarios". Nice approach and demo.\n'
     '- B. K. Oduya\'s "Daily widget recognition using a combination of gizmos and sprockets" - they used a new kernel.\n'
     '- Widgetco\'s "Sprockets for everyone at home" booth was crowded.\n'
     '- Hana Mori\'s "fingerprint-based detection of repeating widgets in gizmo streams" - a very scaleable approach.\n',
     {'System for widget summarisation in gizmo monitoring scenarios': ['Dana Levi'],
      'Daily widget recognition using a combination of gizmos and sprockets': ['B. K. Oduya'],
      'fingerprint-based detection of repeating widgets in gizmo streams': ['Hana Mori']}),
    # Names then the title with no separator, the title's head before a colon read as neither; a sentence-case title
    # after names and a comma that runs on into "This paper is about ..."; one name and a title opening with "A", a note
    # after it with no stop; the first of two names made of rare dictionary words.
    ('names glued to a title, a note after it', 'authors',
     'I had a chance to attend the conference, where several papers interested me, including:\n'
     '- Ana Souza and Ben Park Widget-Gizmo Networks: A New Deep Architecture. We’ve already discussed this one, but in a '
     'nutshell, they identify a large class of efficiently normalizable widgets and do learning with it.\n'
     '- Chen Wei and Dana Levi, Rank/norm regularization with closed-form gizmos: Application to widget clustering. This '
     'paper is about matrices, and in particular they prove that certain matrices are the solution of widget optimizations.\n'
     '- Emil Novak A Bound on the Label Complexity of Agnostic Widget Learning This paper bounds the number of labels '
     'required by the algorithm for widget learning in the agnostic case. Last year we figured out it was possible.\n'
     '- Sylvan Gellar, Hana Mori Combining Online and Offline Widgets in Gizmo Trees. This paper is about techniques for '
     'improving gizmos with various sorts of learning.\n',
     {'Widget-Gizmo Networks: A New Deep Architecture': ['Ana Souza', 'Ben Park'],
      'Rank/norm regularization with closed-form gizmos: Application to widget clustering': ['Chen Wei', 'Dana Levi'],
      'A Bound on the Label Complexity of Agnostic Widget Learning': ['Emil Novak'],
      'Combining Online and Offline Widgets in Gizmo Trees': ['Sylvan Gellar', 'Hana Mori']}),
    # Award labels naming the kind of paper before the title ("Best Student Paper: The ...", "Best Late Breaking: ..."),
    # the byline after "by" going on past a comma.
    ('award labels over titles and bylines', 'authors',
     'Best Paper Awards\n'
     'Best Paper: Integration of Widget Content into Gizmo Results by Ana Souza (congratulations!)\n'
     'Best Student Paper: The Widget Changes Everything: Understanding the Dynamics of Gizmo Content by Eytan Adair, Jon '
     'Elsberg, Jamie Teel, and Susan Dumont (congratulations Jon and Eytan!)\n'
     'Best Late Breaking: Time Will Tell: Leveraging Temporal Widgets in Gizmo Search by Irem Arkin, Srikanta Bedi and Klaus '
     'Berger\n',
     {'Integration of Widget Content into Gizmo Results': ['Ana Souza'],
      'The Widget Changes Everything: Understanding the Dynamics of Gizmo Content':
          ['Eytan Adair', 'Jon Elsberg', 'Jamie Teel', 'Susan Dumont'],
      'Time Will Tell: Leveraging Temporal Widgets in Gizmo Search': ['Irem Arkin', 'Srikanta Bedi', 'Klaus Berger']}),
    # A long item that opens with a Title Case title, "by" and its author's name up to a full stop, then a note; an item
    # of prose with "by" in it is no title.
    ('a long item: title by a name, then a note', 'authors',
     "Additionally, here's what I thought was cool:\n"
     "  • Training Widgets on Incompatible Gizmo Banks by Rikard Johanneson. You want to build a widget for your language. "
     "And you've got a gizmo bank. No! You've got two gizmo banks. Even better, right? But what if those two use entirely "
     "different annotation schemes? ...\n"
     "  • In the invited talk by Kathy Morrow on Wednesday, she talked about, among other things, the idea that as widget "
     "people we can provide evidence for or against ideas in comparative gizmo theory, in collaboration with gizmo folks.\n",
     {'Training Widgets on Incompatible Gizmo Banks': ['Rikard Johanneson']}),
    # An English title on a line of its own in a report written in Japanese, the paragraph under it asking what paper it
    # is ("どんな論文か?"): the title over its note, as "This paper ..." under it would make it.
    ('an English title over a note in Japanese', 'authors',
     '#3\nsummarized by : Kenta Morimoto\nThe Affective Growth of Widget Vision\n\nどんな論文か?\n\n'
     '深層学習による性能の劇的な向上など,ウィジェットの研究分野は大きな変化を遂げている.\n\n新規性\n\n'
     'ニュースレターやメールで参加者を募り,印象的なストーリーをオンライン上で回答してもらった.\n',
     {'The Affective Growth of Widget Vision': []}),
    # A Title Case title of five words or more opening a sentence whose verb says what a paper does ("presents ways to",
    # "is an autoregressive network"); an organisation presenting something, or a short phrase, is none.
    ('a sentence that opens with a title and what the paper does', 'authors',
     'There are several ways to generate gizmos, a very popular one is GAN. Large Scale Widget Training for High Fidelity '
     'Natural Gizmo Synthesis presents ways to scale widgets to generate high dimensional gizmos. They are expensive.\n\n'
     'Another way is autoregressive. Generating High Fidelity Gizmos with Subscale Widget Networks and Multidimensional '
     'Upscaling is an autoregressive network that introduces a new ordering.\n\n'
     'The Widget Institute for Gizmo Studies presents an award every year. Deep Widgets presents a new kind of gizmo.\n',
     {'Large Scale Widget Training for High Fidelity Natural Gizmo Synthesis': [],
      'Generating High Fidelity Gizmos with Subscale Widget Networks and Multidimensional Upscaling': []}),
    # A heading's title that ends in a quoted phrase, the segmenter taking the quote alone; a reference whose second and
    # last name, joined by ", and", is English words; a reference too long for a record after its numbered key; a title
    # field whose value opens with a quote and lists words with commas, over an author field.
    ('quotes and lists inside titles, numbered references', 'authors',
     '## Papers\n\n### Estimating Correspondences of Deformable Widgets "In-The-Wild"\n'
     '*Yuxiang Zhou, Epameinondas Antonakos, Stefanos Zafeiriou*\n\nThis is a nice idea that I want to try on our own data.\n\n'
     '## References\n\n'
     '[26] Rohit Garde, and Deva Saffron. GIZMO: A diagnostic dataset for Compositional Widgets & TEmporal Reasoning. '
     'In Proc. of WCLR, 2031.\n'
     '[13] Yatin Dandekar, Emanuele Trovato, Luca Arnaldi, Luca Pescetti, Lenka Zdenkova, and Florent Krzyzak. The Benefits '
     'of Reusing Widgets for Gradient Descent in Two-Layer Gizmos: Breaking the Curse of Information and Leap Exponents. '
     'In Proc. of WCLR, 2031.\n\n'
     '## Notes\n\nPaper: “No Free Widget” in Neural Gizmos? A Joint Analysis of Expressivity, Convergence, and Generalization\n'
     'Authors: Wuyang Cheng, Wei Huangfu, Zhangyang Wei\nCode: https://github.com/wcheng/no_free_widget\n',
     {'Estimating Correspondences of Deformable Widgets "In-The-Wild"':
          ['Yuxiang Zhou', 'Epameinondas Antonakos', 'Stefanos Zafeiriou'],
      'GIZMO: A diagnostic dataset for Compositional Widgets & TEmporal Reasoning': ['Rohit Garde', 'Deva Saffron'],
      'The Benefits of Reusing Widgets for Gradient Descent in Two-Layer Gizmos: Breaking the Curse of Information and '
      'Leap Exponents': ['Yatin Dandekar', 'Emanuele Trovato', 'Luca Arnaldi', 'Luca Pescetti', 'Lenka Zdenkova', 'Florent Krzyzak'],
      'No Free Widget in Neural Gizmos? A Joint Analysis of Expressivity, Convergence, and Generalization':
          ['Wuyang Cheng', 'Wei Huangfu', 'Zhangyang Wei']}),
    # Layout matrix, seed 59: a coined name and a subtitle listing words with commas, read as names; a bold sentence-case
    # title, its colon and the writer's note; a lone given name that is an English word before a known surname closing the list.
    ('a listed subtitle, a bold title over a note, a short surname', 'authors',
     'Papers I liked\n\nGizmoNest: Federated Bilevel, Minimax, and Compositional Search\n'
     'Davoud Ataee Tarzan, Mingchen Lio, Christos Thrampoulos, Samet Oymaker\n\n'
     '## Papers\n\n**Generating informative paths for persistent widget sensing in unknown rooms**: The talk was packed and '
     'the questions were good. (Daniel E. Solter, Mac Schwag, Daniela Russo)\n\n'
     '**GIZMO: A Closed-Loop Framework for Automated Widget Extraction**: I really liked this one: the method is simple and '
     'the results are strong. (Zhihao ZHU, Yifan Zheng, Siyu Pan, Yaohui Jin, Yao Mu)\n',
     {'GizmoNest: Federated Bilevel, Minimax, and Compositional Search':
          ['Davoud Ataee Tarzan', 'Mingchen Lio', 'Christos Thrampoulos', 'Samet Oymaker'],
      'Generating informative paths for persistent widget sensing in unknown rooms': ['Daniel E. Solter', 'Mac Schwag', 'Daniela Russo'],
      'GIZMO: A Closed-Loop Framework for Automated Widget Extraction': ['Zhihao ZHU', 'Yifan Zheng', 'Siyu Pan', 'Yaohui Jin', 'Yao Mu']}),
    # Layout matrix, seed 61: an acronym heading the title after a reference's names, read as a venue ("WWW: ..."); a
    # byline whose first name is typed in capitals with an affiliation's mark, read as a title of its own.
    ('an acronym head after the names, a first name in capitals', 'code',
     '[10] Yong Hyun Ahn, Hyeon Bae Kim, and Seong Tae Kim. WWW: A Unified Framework for Explaining What Where and Why of '
     'Widget Networks. In Proc. of WCLR, 2031. https://github.com/ahnlab/WWW\n\n'
     '**GVP: Generative Volumetric Gizmos**\nMALLIKARJUN BYRAVAN RAMALINGAM<sup>1</sup>, Xingang Pan<sup>2</sup>, '
     'Mohamed Elgharib<sup>3</sup>, Christian Theobald<sup>1</sup>\n[Code](https://github.com/reddy/gvp-gizmos)\n\n'
     '**Indoor Widget Structure Analysis for Single Image Depth Estimation**\nWei Zhuo<sup>1</sup>, Mathieu Salzmann<sup>2</sup>\n',
     {'WWW: A Unified Framework for Explaining What Where and Why of Widget Networks':
          [['Yong Hyun Ahn', 'Hyeon Bae Kim', 'Seong Tae Kim'], ['https://github.com/ahnlab/WWW']],
      'GVP: Generative Volumetric Gizmos': [['MALLIKARJUN BYRAVAN RAMALINGAM', 'Xingang Pan', 'Mohamed Elgharib', 'Christian Theobald'], ['https://github.com/reddy/gvp-gizmos']],
      'Indoor Widget Structure Analysis for Single Image Depth Estimation': [['Wei Zhuo', 'Mathieu Salzmann'], []]}),
    # Layout matrix, seed 61: the last name of a list in brackets closing a note, its surname left out by the segmenter
    # (hyphenated, after an initial, after a particle).
    ('the last surname of a bracketed list after a note', 'authors',
     '## Papers\n\n**Frank-Wolfe Widgets for Saddle Point Gizmos**: I really liked this one: the method is simple and the results '
     'are strong. (Gauthier Gidelle, Tony Jebaro, Simon Lacoste-Julienne)\n\n'
     '**Human-Guided Complexity-Controlled Widgets**: The talk was packed and the questions were good. (Andi Peng, Mycal Tuckerr, '
     'Julie A Shahid)\n\n'
     '**Non-linear widget control under gizmo constraints with validated trajectories**: I really liked this one: the method '
     'is simple and the results are strong. (Joris Tillett, Luc Jaulinne, Fabrice Le Barsac)\n',
     {'Frank-Wolfe Widgets for Saddle Point Gizmos': ['Gauthier Gidelle', 'Tony Jebaro', 'Simon Lacoste-Julienne'],
      'Human-Guided Complexity-Controlled Widgets': ['Andi Peng', 'Mycal Tuckerr', 'Julie A Shahid'],
      'Non-linear widget control under gizmo constraints with validated trajectories': ['Joris Tillett', 'Luc Jaulinne', 'Fabrice Le Barsac']}),
    # A heading over titles written a paragraph each, with a table of contents linking to it: the heading (and its
    # entry in the contents) names their area, though it reads like a title.
    ('a heading over titles a paragraph each, and its contents entry', 'authors',
     '# Widget Conference 2031\n\n- [Tutorials](#tutorials)\n- [Learning with Fewer Widgets](#learning-with-fewer-widgets)\n- [Gizmo Parsing](#gizmo-parsing)\n\n# Tutorials\n\n- Widget Sampling Methods in Practice\n\n# Papers: Tuesday\n\n## Learning with Fewer Widgets\n\nInvestigating Meta-Gizmo Algorithms for Low-Resource Widget Tasks\n\n[Learning to Bootstrap for Gizmo Set Expansion](https://www.aclweb.org/anthology/D31-1103.pdf)\n\n[Hierarchical Prototypical Gizmos for Few-Shot Widget Classification](https://www.aclweb.org/anthology/D31-1102.pdf)\n\n[Look-up and Adapt: A One-shot Gizmo Parser](https://www.aclweb.org/anthology/D31-1104.pdf)\n\nLatent-Variable Generative Gizmos for Data-Efficient **Widget Classification**\n\n## Gizmo Parsing\n\n[Transfer Learning Between Related Gizmos Using Expected Widget Proportions](https://www.aclweb.org/anthology/D31-1105.pdf)\n',
     {'Investigating Meta-Gizmo Algorithms for Low-Resource Widget Tasks': [],
      'Learning to Bootstrap for Gizmo Set Expansion': [],
      'Hierarchical Prototypical Gizmos for Few-Shot Widget Classification': [],
      'Look-up and Adapt: A One-shot Gizmo Parser': [],
      'Latent-Variable Generative Gizmos for Data-Efficient Widget Classification': [],
      'Transfer Learning Between Related Gizmos Using Expected Widget Proportions': []}),
    # A Title Case title with a verb in lower case in it, the segmenter sure only of its subtitle: as sure a candidate as a
    # Title Case line it doubted all of, taken with the list of titles it sits in.
    ('a title case title with a lower-case verb among listed titles', 'authors',
     '## Widget learning\n\n- Investigating Meta-Gizmo Algorithms for Low-Resource Widget Tasks\n- A Little Widget does a Lot of Good: A Study in Bootstrapping Low-resource Gizmo Recognizers\n- Learning to Bootstrap for Gizmo Set Expansion\n- Hierarchical Prototypical Gizmos for Few-Shot Widget Classification\n',
     {'Investigating Meta-Gizmo Algorithms for Low-Resource Widget Tasks': [],
      'A Little Widget does a Lot of Good: A Study in Bootstrapping Low-resource Gizmo Recognizers': [],
      'Learning to Bootstrap for Gizmo Set Expansion': [],
      'Hierarchical Prototypical Gizmos for Few-Shot Widget Classification': []}),
    # Bold titles each with a citation tag in brackets, linked (surnames and a venue's tag with its year), the writer's
    # sentence right after the bold on the same line or a line below; "See also" tags alone name no title.
    ('bold titles with a linked citation tag, then sentences', 'authors',
     "What happened in widget learning this year? Here is a very biased, personal pick.\n\n<br>**Unsupervised widget learning by predicting the gizmo\n[[Souza & Park ICML31]](https://arxiv.org/abs/3104.05310)**\nA striking answer is given in here and that is: from noise.\nI rank this paper among the very top ones at the conference this year.\n\nSee also **[[Souza et al. arXiv31]](https://arxiv.org/abs/3107.05776)**.\n\n<br>\n**Discovering causal gizmos in widget images [[Levi et al. CVPR31]](https://arxiv.org/abs/3105.08179)** I found out about the next from a provocative and inspiring talk by Emil Novak titled [Looking for the missing gizmo](https://www.youtube.com/watch?v=abc) (yes, I stole the title from there). The second half of it is about causality.\nBut before talking about it, let's step back for a minute to see how causality may\nbe relevant for our discussion.\n\nSee also **[[Mori et al. JRSS30]](https://arxiv.org/abs/3001.01332), [[Katz et al. NIPS31]](https://arxiv.org/abs/3105.08821)**.\n\n<br>\n**Reinforcement widget learning with unsupervised gizmo tasks [[Chen et al. ICLR31]](https://arxiv.org/abs/3011.05397)** This paper may\nbe considered a bit old by current standards since it has already 60 citations at\nthe time I am writing.\n",
     {'Unsupervised widget learning by predicting the gizmo': ['Souza', 'Park'],
      'Discovering causal gizmos in widget images': ['Levi'],
      'Reinforcement widget learning with unsupervised gizmo tasks': ['Chen']}),
    # A post's excerpt mark written "<!--more>", which no "-->" closes: no comment that hides the rest of the post.
    ('an unclosed comment opener as the excerpt mark', 'authors',
     '---\nlayout: post\ntitle: Widget musings, week 35\n---\n\nHere is a summary of a few papers that caught my eye this week.\n\n<!--more>\n\n## [Data-Driven Widget Effect Estimation Based on Graphical Gizmo Modelling: A Survey](https://arxiv.org/pdf/3108.09590.pdf)\n\nOne of my main gripes with widget inference is how much prior knowledge seems to be necessary to estimate any kind of effect.\n\n## [How to Design Gizmos for Social Good: Seven Essential Factors](https://link.example.com/content/pdf/10.1007/s11948-031-00213-5.pdf)\n\nThis paper details seven types of best practices for designing gizmos for social good. Well-written and accessible.\n',
     {'Data-Driven Widget Effect Estimation Based on Graphical Gizmo Modelling: A Survey': [],
      'How to Design Gizmos for Social Good: Seven Essential Factors': []}),
    # Sessions and what they were on, in quotes, the second quote after the first: the sessions' names, no papers.
    ('quoted names of the sessions papers were in', 'authors',
     '## Notable: offline evaluation, applications\n\nTwo (out of nine) sessions were on “Widget Fairness, Gizmo Bubbles, and Ethical Concerns” and “Unbiased Widget Recommendation and Evaluation”, discussing papers such as:\n\n* [Deconstructing the Gizmo Bubble: User Decision-Making & Widget Systems](https://dl.acm.org/doi/10.1145/3383313.3412246)\n* [Debiasing Widget-to-Widget Recommendations with Small Annotated Gizmos](https://dl.acm.org/doi/10.1145/3383313.3412265)\n\nAna Souza from **Widgetco discussed [widget complexity and their findings from user research](https://dl.acm.org/doi/10.1145/3383313.3411549)**. There are three sources of widget complexity.\n\nCasper Hansen from the University of Widgetbay shared how Gizmofy **learns [user preferences based on gizmo history and the current context](https://dl.acm.org/doi/10.1145/3383313.3412248)**.\n',
     {'Deconstructing the Gizmo Bubble: User Decision-Making & Widget Systems': [],
      'Debiasing Widget-to-Widget Recommendations with Small Annotated Gizmos': []}),
    # (a real post's sentences) A person and where they are from, then what they did, a description linked to the paper:
    # a sentence on a talk, not a title that opens with a name.
    ('a person from somewhere discussed a linked description', 'authors',
     '## Notable: Offline evaluation, MF > MLP, applications\n\n### User research on the nuances of recommendations\n\nZach Schendel from **Netflix discussed [recommendation complexity and their findings from user research](https://dl.acm.org/doi/10.1145/3383313.3411549)**. There are three sources of recommendation complexity, namely:\n\n* Placement: Where is the recommendation located on the user interface?\n* Person: Who is seeing the recommendation?\n\n### Industry applications: context, unexpectedness, interesting use cases\n\nCasper Hansen from the University of Copenhagen shared how Spotify **learns [user preferences based on session history and the current context](https://dl.acm.org/doi/10.1145/3383313.3412248)**.\n',
     {}),
    # A heading over the writer's own sentence with a bold name in it ("I had a long conversation with **Dr. Ana Souza**"):
    # who the writer met, no byline that makes the heading a paper.
    ('a heading over the writer meeting a named person', 'authors',
     '## Award Announcements\n\n🏆 **Best Paper:**  \n*“Attributed Widget Generation with Realistic Interplay Between Gizmos and Attributes”*  \n**Authors:** Dana Levi, Emil Novak, Hana Mori (Widget U)\n\n---\n\n## Evening Banquet – International Widget Museum 🕵️\n\nI had a long and insightful conversation with **Dr. Ana Souza (Gizmo S&T)** about:\n- **Causality**\n- **Fairness**\n',
     {'Attributed Widget Generation with Realistic Interplay Between Gizmos and Attributes': ['Dana Levi', 'Emil Novak', 'Hana Mori']}),
    # A table whose names column says "researchers" in Chinese or Japanese ("研究者"), each cell a name, an affiliation, "et al.".
    ('a table with a researchers column in another script', 'authors',
     '## 最佳论文\n\n| 年代 | 論文名 | 研究者 |\n| :----: | :----: | :----: |\n| 2031 | Unsupervised Learning of Symmetric Deformable Widgets from Images in the Wild | Dana Levi, University of Gizmo Bay; et al. |\n| 2030 | A Theory of Gizmo Paths for Non-Line-of-Sight Widget Reconstruction | Emil Novak, Widget Institute of Technology; et al. |\n| 2029 | Widgetonomy: Disentangling Gizmo Transfer Learning | Hana Mori, Gizmo University; et al. |\n',
     {'Unsupervised Learning of Symmetric Deformable Widgets from Images in the Wild': ['Dana Levi'],
      'A Theory of Gizmo Paths for Non-Line-of-Sight Widget Reconstruction': ['Emil Novak'],
      'Widgetonomy: Disentangling Gizmo Transfer Learning': ['Hana Mori']}),
    # One author a line under each title, surname first, the affiliation after a bar (a programme's export).
    ('one author a line, surname first, with an affiliation', 'authors',
     "## Awards I: Service Widgets\n- Online Trajectory Planning through Combined Gizmo Optimization\n\n    Author: Souza, Ana | Widgetcraft\n    Author: Park, Ben | Univ. Gizmo Bay\n \n    keyword: Task Planning; Widgets\n\n- Human-Centric Active Perception for Autonomous Gizmos\n\n    Author: Levi, Dana | Widget Institute of Technology\n    Author: Novak, Emil Patrick | Widget Institute of Technology\n \n    keyword: Gizmo Robotics\n",
     {'Online Trajectory Planning through Combined Gizmo Optimization': ['Ana Souza', 'Ben Park'],
      'Human-Centric Active Perception for Autonomous Gizmos': ['Dana Levi', 'Emil Patrick Novak']}),
    # A post's own title, the writer's picks, over the writers' byline ("Insights by A, B, C"): no paper.
    ('the writers picks over their byline', 'authors',
     'WidgetConf 2031: Our Favorite Papers on Widgets, Statistical Learning, and More\n\nInsights by Ana Souza , Ben Park , Chen Wei\n'
     'Widgetco researchers highlight some of the most captivating papers of WidgetConf 2031.\n\n'
     'Outstanding Paper Award : Are Emergent Gizmos of Large Widget Models a Mirage? [Oral]\n\n'
     'The authors question some of the mystique surrounding widgets.\n',
     {'Are Emergent Gizmos of Large Widget Models a Mirage?': []}),
    # APA references after a bracketed key and a dash, the year in brackets after the names; a long list of names
    # puts the title's full stop past the first tokens read.
    ('APA references after a key and a dash', 'authors',
     '## References\n\n'
     '[1] — Souza, A., Park, B., & Wei, C. (2031). WidgetFace: Quality Adaptive Margin for Gizmo Recognition. In Proceedings of the IEEE/CVF Conference on Widget Vision and Pattern Recognition (pp. 18750–18759).\n\n'
     '[2] — Levi, D., Novak, E., Mori, H., Lind, F., Berg, G., Kahn, J. (2031). Killing Two Widgets with One Gizmo: Efficient and Robust Training of Widget Recognition Nets by Partial Gizmos. In Proceedings of WidgetConf.\n',
     {'WidgetFace: Quality Adaptive Margin for Gizmo Recognition': ['A. Souza', 'B. Park', 'C. Wei'],
      'Killing Two Widgets with One Gizmo: Efficient and Robust Training of Widget Recognition Nets by Partial Gizmos':
          ['D. Levi', 'E. Novak', 'H. Mori', 'F. Lind', 'G. Berg', 'J. Kahn']}),
    # An issue's table of contents under its label; workshops named in prose with their short names and years in
    # brackets ("(Bias 2031)", "(GizWeb 2031)"): no author's name and year, no paper, no person.
    ('a table of contents, workshops with their short names', 'authors',
     'Ana Souza and I wrote the Report on the International Workshop on Algorithmic Bias in Widget Search (Bias 2031) for '
     'the forum, and Ben Park the Report on the Tenth Workshop on Gizmos and the Web (GizWeb 2031).\n\n'
     'Table of Contents\n\n'
     'WIDGET-COVID: Constructing a Pandemic Gizmo Retrieval Test Collection\nAna Souza, Ben Park, Chen Wei\n',
     {'WIDGET-COVID: Constructing a Pandemic Gizmo Retrieval Test Collection': ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    # A list announced as papers, each item a title and a long note after it: the writers' own papers ("We study ..."),
    # or a Title Case title before a note that opens with anything.
    ('titles before the writers and other notes in a list of papers', 'authors',
     'This year I went to WidgetConf to present two papers:\n\n'
     '- Training neural widget classifiers with few gizmos. We study whether (i) a naive regularization of the solution space, (ii) prototypical gizmos, (iii) transfer learning, or (iv) their combination, can foster deep widget models to better leverage a small number of training examples.\n'
     '- Randomly weighted gizmos for (music) widget classification. We study how non-trained (randomly weighted) gizmos perform as feature extractors for widget classification tasks. They work surprisingly well.\n\n'
     'Some other papers I enjoyed:\n\n'
     '- End-to-End Feedback Loss in Widget Chain Framework via Straight-Through Gizmos. The widget chain mechanism integrates gizmo recognition and widget synthesis modules into a single cycle during training. It provides the ability for both to assist each other when they receive unpaired data.\n'
     '- Cycle-consistency training for end-to-end widget recognition. They present a method to train end-to-end widget models using unpaired data, with a loss that only requires unsupervised gizmos, in short.\n',
     {'Training neural widget classifiers with few gizmos': [],
      'Randomly weighted gizmos for (music) widget classification': [],
      'End-to-End Feedback Loss in Widget Chain Framework via Straight-Through Gizmos': [],
      'Cycle-consistency training for end-to-end widget recognition': []}),
    # A speaker with degrees and where they got them, on a line of talk notes: a person, no paper.
    ('a speaker with degrees and where from', 'authors',
     '#### Breast density estimation\n- BR258-SD-WEA5\n- Ana Souza, MD,PhD from Widget General and Gizmo U\n'
     '- DL model and the consensus has the highest agreement\n\n#### Papers\n'
     '- Deep Widget Networks for Gizmo Density Estimation – Ben Park, Chen Wei\n',
     {'Deep Widget Networks for Gizmo Density Estimation': ['Ben Park', 'Chen Wei']}),
    # References of names no lexicon knows, the segmenter reading them whole as the title: the names before the first
    # stop, before a title and "In <venue>".
    ('unknown names, title, In venue', 'authors',
     '- Ana Souza, Ben Park. Widget Bandits With Evolving Gizmos. In NeurIPS 2031.\n'
     '- Yorvek Tal-Ze, Qisham Vandour. Non-stochastic Widgets With Evolving Gizmos. In NeurIPS 2031.\n'
     '- Dana Levi, Emil Novak. Gizmo Nets for Widgets. In NeurIPS 2031.\n',
     {'Widget Bandits With Evolving Gizmos': ['Ana Souza', 'Ben Park'],
      'Non-stochastic Widgets With Evolving Gizmos': ['Yorvek Tal-Ze', 'Qisham Vandour'],
      'Gizmo Nets for Widgets': ['Dana Levi', 'Emil Novak']}),
    # A bold title of English words and a colon, a note, the names in brackets: a record, not a field and its value.
    ('bold title of English words, a note, names in brackets', 'authors',
     '## Papers\n\n'
     '**A model free widget control method for dragging a gizmo on a planar surface**: The poster session was crowded, but the authors explained it well. (Ana Souza, Ben Park) [code](https://github.com/souza/widget-control)\n\n'
     '**Conditional Causal Reasoning**: I really liked this one: the method is simple and the results are strong. (Chen Wei, Dana Levi, Emil Novak) [code](https://github.com/wei/gizmo-reasoning)\n\n'
     '**Generalizing Widget Learning through Fusing Self-Supervised Gizmos into Intrinsic Motivation**: The poster session was crowded, but the authors explained it well. (Hana Mori, Ivo Lind) [code](https://github.com/mori/widget-learning)\n',
     {'A model free widget control method for dragging a gizmo on a planar surface': ['Ana Souza', 'Ben Park'],
      'Conditional Causal Reasoning': ['Chen Wei', 'Dana Levi', 'Emil Novak'],
      'Generalizing Widget Learning through Fusing Self-Supervised Gizmos into Intrinsic Motivation': ['Hana Mori', 'Ivo Lind']}),
    # APA references whose title opens with a lower-case name and its colon ("q-widgets: A quantum ..."): a title, not
    # the rest of a sentence.
    ('APA reference, a lower-case name heading the title', 'authors',
     '- Souza, A., Park, B., & Wei, C. (2031). q-widgets: A quantum algorithm for unsupervised gizmo learning. In *NeurIPS*.\n'
     '- Levi, D., & Novak, E. (2031). Gizmo nets: Learning widgets without labels. In *NeurIPS*.\n',
     {'q-widgets: A quantum algorithm for unsupervised gizmo learning': ['A. Souza', 'B. Park', 'C. Wei'],
      'Gizmo nets: Learning widgets without labels': ['D. Levi', 'E. Novak']}),
    # A title with "by" inside it before "by" and its first author: the title runs to the last "by".
    ('a title with by inside it, by its first author et al.', 'authors',
     '- A model free widget control method for dragging a gizmo on a planar surface by applying top contact forces by Ana Souza et al. [[Paper]](https://ieeexplore.ieee.org/document/1234567/) [[Code]](https://github.com/souza/widget-control)\n'
     '- Gizmo Nets for Widget Parsing by Ben Park et al. [[Paper]](https://arxiv.org/abs/3101.00001) [[Code]](https://github.com/park/gizmo-nets)\n',
     {'A model free widget control method for dragging a gizmo on a planar surface by applying top contact forces': ['Ana Souza'],
      'Gizmo Nets for Widget Parsing': ['Ben Park']}),
    # References in sentence case between the names and "In <venue>", one ending in a link label's word ("link").
    ('sentence-case references before In venue', 'authors',
     '- Ana Souza, Ben Park, Chen Wei. Kinematic design of a novel 4-DOF parallel widget. In NeurIPS 2031.\n'
     '- D.L. Levi, E.N. Novak. Stable transport of gizmos: pushing stacked widgets. In NeurIPS 2031.\n'
     '- Hana Mori, Ivo Lind. Remote control of a moving widget using the virtual link. In NeurIPS 2031.\n',
     {'Kinematic design of a novel 4-DOF parallel widget': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Stable transport of gizmos: pushing stacked widgets': ['D.L. Levi', 'E.N. Novak'],
      'Remote control of a moving widget using the virtual link': ['Hana Mori', 'Ivo Lind']}),
    # Inline HTML in a markdown report: an entity in a title ("&amp;") is the character it stands for; a name with two
    # particles ("de Ruyter van Steveninck") is one name of a byline.
    ('an HTML entity in a title, a name with two particles', 'authors',
     '<ul>\n<li><a href="https://arxiv.org/abs/3101.00001">Dense Widget Decoding Over 2500FPS: Joint Texture &amp; Shape Gizmo Decoders</a><br><i>Ana Souza, Ben Park</i></li>\n</ul>\n\n'
     '| Paper | Notes |\n|---|---|\n| **Reading a Neural Widget**<br>Dana Levi, Emil Novak, Robert R. de Ruyter van Steveninck, Hana Mori<br>[Paper](https://papers.nips.cc/paper/1989/hash/7a61-Abstract.html) | nice |\n',
     {'Dense Widget Decoding Over 2500FPS: Joint Texture & Shape Gizmo Decoders': ['Ana Souza', 'Ben Park'],
      'Reading a Neural Widget': ['Dana Levi', 'Emil Novak', 'Robert R. de Ruyter van Steveninck', 'Hana Mori']}),
    # "In their paper [Title](url), A, B and C show ...": the names after the link, their given names no lexicon knows.
    ('names after the linked title in a sentence, given names unknown', 'authors',
     '## Papers\n\nIn their paper [Widget Predicts You: Gizmo Prediction via Bi-direction Speculation and Dual-level Association](https://www.ijcai.org/proceedings/2031/74), '
     'Xixo Li, Ruimon Hu, Zheng Wang and Tashiho Yamasaki show how far a simple idea goes. The talk was packed and the questions '
     'were good. Their code is available [here](https://github.com/li/widget-predicts).\n',
     {'Widget Predicts You: Gizmo Prediction via Bi-direction Speculation and Dual-level Association':
          ['Xixo Li', 'Ruimon Hu', 'Zheng Wang', 'Tashiho Yamasaki']}),
    # Names in square brackets after the title, most of them read as names: the doubted first and last are names too.
    ('names in square brackets, the first and last doubted', 'authors',
     '- Self-Trained Deep Ordinal Regression for End-to-End Widget Anomaly Detection [Guansong Pang, Cheng Yan, Chunhua Shen, Anton van den Hengel, Xiao Bai]\n'
     '- A Novel Soft Widget Exosuit to Supplement Gizmo Lifting Capacity [Carly M. Thalman, Quoc P. Lam, Pham H. Nguyen, Saivimal Sridar, Panagiotis Polygerinos] https://github.com/thalman/a-novel-soft-widget\n',
     {'Self-Trained Deep Ordinal Regression for End-to-End Widget Anomaly Detection': ['Guansong Pang', 'Cheng Yan', 'Chunhua Shen', 'Anton van den Hengel', 'Xiao Bai'],
      'A Novel Soft Widget Exosuit to Supplement Gizmo Lifting Capacity': ['Carly M. Thalman', 'Quoc P. Lam', 'Pham H. Nguyen', 'Saivimal Sridar', 'Panagiotis Polygerinos']}),
    # "Another highlight was *Title* by A, B, and C.": the emphasis marks the title, an "and" inside it no list of names.
    ('a sentence leading into an emphasised title with and inside', 'authors',
     '## Papers\n\nAnother highlight was *Unsupervised Widget Adaptation Using Gizmo-Whitening and Consensus Loss* by Ana Souza, Ben Park, Chen Wei, and Dana Levi. The talk was packed and the questions were good.\n\n'
     'Another highlight was *Optimal Single-Class Widget Strategies* by Emil Novak, and Hana Mori. I really liked this one.\n',
     {'Unsupervised Widget Adaptation Using Gizmo-Whitening and Consensus Loss': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi'],
      'Optimal Single-Class Widget Strategies': ['Emil Novak', 'Hana Mori']}),
    # "The best paper award for this workshop went to Title by A and B.": words between the award and "went to".
    ('an award for a workshop went to a title by names', 'authors',
     'Robot Learning Workshop poster session\n'
     'The best paper award for this workshop went to Instant Widget: In-Context Gizmo Learning via Graph Diffusion by Ana Souza and Ben Park. '
     'Souza’s talk showed the effectiveness of their approach.\n',
     {'Instant Widget: In-Context Gizmo Learning via Graph Diffusion': ['Ana Souza', 'Ben Park']}),
    # The writer's own paper after "presented ... :", its head a question before a Title Case subtitle.
    ('the writers presented paper after a colon, a question heading it', 'authors',
     'Personal highlights:\n'
     '- During the conference, Ana and I presented our first collaboration about widgets in VR: Are You a Widget? Inferring Gizmo Information from Nonverbal Widget Data Tracked in Immersive Virtual Reality. It was amazing to see the great reception we got and talk about potential future work on this.\n'
     '- I participated in the Community-Driven AI workshop, in which we had a wonderful discussion on how to improve our engagement with communities.\n',
     {'Are You a Widget? Inferring Gizmo Information from Nonverbal Widget Data Tracked in Immersive Virtual Reality': []}),
    # A title line over an author field, its Title Case words after a comma read as names.
    ('a title line over an author field, read in part as names', 'authors',
     'Here are our favorite papers of the day.\n\n'
     'Widget Parsing as Gizmo Processing (WPG): A Unified Pretrain, Personalized Prompt & Predict Paradigm (W5)\n\n'
     'Authors: Ana Souza, Ben Park, Chen Wei\n\n'
     'Lab: Widget University\n\n'
     'The authors bring the power of large widget models into the gizmo ecosystem.\n',
     {'Widget Parsing as Gizmo Processing (WPG): A Unified Pretrain, Personalized Prompt & Predict Paradigm (W5)':
      ['Ana Souza', 'Ben Park', 'Chen Wei']}),
    # A symbol marking the paragraph, then a Title Case title as the subject of its sentence ("... proposes to ...").
    ('a symbol marking a paragraph whose title presents', 'authors',
     'Here are summaries of several papers I found useful.\n\n'
     '❤️ Effective and Efficient Widget Training for Sequential Gizmos using Recency Sampling proposes to combine widget '
     'continuation with gizmo masking. One weakness of widget continuation is that it discards valuable data.\n',
     {'Effective and Efficient Widget Training for Sequential Gizmos using Recency Sampling': []}),
    # A place and the days of an event under its name: where and when, no title.
    ('a place and the days of an event, no title', 'authors',
     'Widget Symposium on Interactive Gizmos\n'
     'Springfield, IL, United States: 3-5 May, 2031\n\n'
     'Session chair: Ana Souza, Widget Labs\n\n'
     'WidgetShop: Interactive Editing of Gizmo Fields\n'
     'Ben Park, Chen Wei and Dana Levi\n'
     'link, preprint\n',
     {'WidgetShop: Interactive Editing of Gizmo Fields': ['Ben Park', 'Chen Wei', 'Dana Levi']}),
    # Items with nothing but a Title Case title, in a list a sentence announces as the writer's reading list.
    ('items of a list announced as a reading list', 'authors',
     'Even though I did not attend the event, it is still fun to check out the papers and see how the research trends are shifting.\n'
     'With that in mind, here is my reading list from the proceedings of WidgetConf 2031:\n'
     '- Countering Popularity Drift by Regularizing Score Gaps\n'
     '- Towards Fair Federated Recommendation Learning: Characterizing the Inter-Dependence of System and Data Heterogeneity\n'
     '- Measuring Commonality in Ranking of Cultural Content: Ranking Systems to Enhance Cultural Citizenship\n',
     {'Countering Popularity Drift by Regularizing Score Gaps': [],
      'Towards Fair Federated Recommendation Learning: Characterizing the Inter-Dependence of System and Data Heterogeneity': [],
      'Measuring Commonality in Ranking of Cultural Content: Ranking Systems to Enhance Cultural Citizenship': []}),
    # A checklist item whose title runs into its byline in italics, a name in lower case among them: the italics are the byline.
    ('a byline in italics glued to the end of the title line', 'authors',
     '# Outstanding Papers\n\n'
     '- [ ]  GIFT: Graph-Induced Widget Tuning for Multi-Party Gizmo Understanding*Jia-Chen Souza, Ben Park and Chen Wei*\n'
     '- [ ]  Latent Widget Information is in the Self-Attention Variance of Gizmo Models Without Widget Embeddings'
     '*Ta-Wei Souza, Ting-Han Park, Li-Wei Chen, dana levi and Eli Novak*\n',
     {'GIFT: Graph-Induced Widget Tuning for Multi-Party Gizmo Understanding': ['Jia-Chen Souza', 'Ben Park', 'Chen Wei'],
      'Latent Widget Information is in the Self-Attention Variance of Gizmo Models Without Widget Embeddings':
      ['Ta-Wei Souza', 'Ting-Han Park', 'Li-Wei Chen', 'dana levi', 'Eli Novak']}),
    # A bold title, then a byline whose first name is in capitals: the capitals are the name's, not the title's.
    ('a bold title then a first name in capitals', 'authors',
     '# Best Papers\n\n'
     '- [ ] **Masked Widget Model: Does modeling long context help unsupervised gizmo tagging?** Xiang Souza, Ben Park, Chen Wei\n'
     '- [ ] **WidgHi: Generating Empathetic Widgets with Human-like Gizmos** MAO YAN CHEN, Siheng Park, Dana Levi\n'
     '- [ ] **ScAN: Widget Attempt and Gizmo Events Dataset** Ana Pratap Singh Souza, Samuel Kovaly, Hong Yu\n',
     {'Masked Widget Model: Does modeling long context help unsupervised gizmo tagging?': ['Xiang Souza', 'Ben Park', 'Chen Wei'],
      'WidgHi: Generating Empathetic Widgets with Human-like Gizmos': ['MAO YAN CHEN', 'Siheng Park', 'Dana Levi'],
      'ScAN: Widget Attempt and Gizmo Events Dataset': ['Ana Pratap Singh Souza', 'Samuel Kovaly', 'Hong Yu']}),
    # A programme: Title Case title lines over lines of names only, after a keynote's heading (the segmenter doubts them).
    ('a programme of title lines over lines of names', 'authors',
     'Detailed Program\n\n9:30 - 10:30\n\nKeynote by Ana Souza (Widget Labs)\n\n'
     'Exploration: Widgets and Gizmos\nAna Souza\nSee Keynote page for full abstract and speaker bio.\n\n'
     '11:00 - 12:00\n\nPaper Session #1: Evaluation\nChair: Ben Park\n\n'
     'Evaluation of Temporal Change in Widget Test Collections\nChen Wei, Dana Levi, Eli Novak\n\n'
     'Gizmo Variability and Experimental Consistency: A Concerning Case Study\nFay Wong, Gil Amir, Hana Mori\n\n'
     'Distillation vs. Sampling for Efficient Training of Learning to Rank Gizmos\nIdo Katz, Jon Snow, Kai Lee\n',
     {'Evaluation of Temporal Change in Widget Test Collections': ['Chen Wei', 'Dana Levi', 'Eli Novak'],
      'Gizmo Variability and Experimental Consistency: A Concerning Case Study': ['Fay Wong', 'Gil Amir', 'Hana Mori'],
      'Distillation vs. Sampling for Efficient Training of Learning to Rank Gizmos': ['Ido Katz', 'Jon Snow', 'Kai Lee']}),
    # A committee's name over the names of its members: who served, not a paper.
    ('a committee over the names of its members', 'authors',
     '# WidgetConf 2031\n\nProgramme Committee Chairs\nAna Souza, Ben Park\n\n'
     'Local Organizing Committee Members\nChen Wei, Dana Levi and Eli Novak\n\n'
     'Best Paper Award Committee\nFay Wong, Gil Amir\n\n'
     '## Papers\n\nSparse Widget Networks for Gizmo Parsing\nHana Mori, Ido Katz\n',
     {'Sparse Widget Networks for Gizmo Parsing': ['Hana Mori', 'Ido Katz']}),
    # The place an event was held in, after "held in": no author of the sentence read as a record.
    ('a place an event was held in, no author', 'authors',
     'The three-volume set LNCS 31980, 31981 and 31982 constitutes the refereed proceedings of the 45th European Conference '
     'on IR Research, ECIR 2031, held in Dublin, Ireland, during April 2-6, 2031.\n'
     'Full Papers.- Self-Supervised Contrastive Widget Fine-tuning for\n'
     'Fusion-based Reviewed-Gizmo Retrieval.- User Requirement Analysis for a\n'
     'Widget System-Based Meeting Assistant.\n',
     {}),
    # References "[n]  Name,et al.  Title , year, venue.": the title in any case between "et al." and the comma before the year,
    # which ends it (a venue no lexicon knows included).
    ('references, a name, et al., the title, a comma and the year', 'authors',
     'Report on the 45th Widget Conference on Gizmo Retrieval (WCGR 2031)\n\n'
     '[1]  Ana Souza,et al.  Uncertainty Quantification for Widget Classification , 2031, WCGR.\n\n'
     '[2]  Ben Park,et al.  Investigating Conversational Gizmo Behavior For Domain Exploration , 2031, WCGR.\n\n'
     '[3]  Chen Wei,et al.  Crowdsourcing for widget retrieval , 2030, SIGF.\n\n'
     '[4]  Dana Levi,et al.  Deep Learning Methods for Gizmo Auto Completion , 2031, European Conference on Gizmo Retrieval.\n',
     {'Uncertainty Quantification for Widget Classification': ['Ana Souza'],
      'Investigating Conversational Gizmo Behavior For Domain Exploration': ['Ben Park'],
      'Crowdsourcing for widget retrieval': ['Chen Wei'], 'Deep Learning Methods for Gizmo Auto Completion': ['Dana Levi']}),
    ('references, a name, et al., a sentence-case title, a comma and the year', 'authors',
     'Report on the 45th European Conference on Information Retrieval (ECIR 2031)\n\n'
     '[1]  Ana Souza,et al.  Uncertainty Quantification for Widget Classification , 2031, ECIR.\n\n'
     '[2]  Ben Park,et al.  Investigating Conversational Gizmo Behavior For Domain Exploration , 2031, ECIR.\n\n'
     '[3]  Chen Wei,et al.  Crowdsourcing for gizmo retrieval , 2012, SIGF.\n\n'
     '[4]  Dana Levi,et al.  Deep Learning Methods for Gizmo Auto Completion , 2031, European Conference on Information Retrieval.\n',
     {'Uncertainty Quantification for Widget Classification': ['Ana Souza'],
      'Investigating Conversational Gizmo Behavior For Domain Exploration': ['Ben Park'],
      'Crowdsourcing for gizmo retrieval': ['Chen Wei'], 'Deep Learning Methods for Gizmo Auto Completion': ['Dana Levi']}),
    # Linked titles listed in a sentence, a comma inside the last one: a list of papers, its lower case and commas notwithstanding.
    ('linked papers listed in a sentence, commas in the last title', 'authors',
     'A paper that discussed the problem of missing data in widget series was [Deep Amortized Variational Inference for '
     'Multivariate Widget Imputation](https://openreview.net/pdf?id=H1xXYy3VKr). There were also papers that looked at aggregated '
     'data issues such as [Multi-task learning for aggregated data using Gizmo processes](http://papers.example.cc/paper/9644-multi-task.pdf), '
     '[Spatially aggregated Gizmo processes with multivariate areal outputs](https://papers.example.cc/paper/8565-spatially.pdf), and '
     '[Multi-resolution, multi-task Gizmo processes](http://papers.example.cc/paper/9552-multi-resolution.pdf).\n',
     {'Deep Amortized Variational Inference for Multivariate Widget Imputation': [],
      'Multi-task learning for aggregated data using Gizmo processes': [],
      'Spatially aggregated Gizmo processes with multivariate areal outputs': [],
      'Multi-resolution, multi-task Gizmo processes': []}),
    # People, each linked to their paper, listed in a sentence or a programme's line: no paper is named "Ke Li".
    ('people listed with links to their papers', 'authors',
     'The spotlight talks, by [Ana Souza](https://openreview.net/forum?id=a1b2), [Ke Li](https://openreview.net/forum?id=c3d4) '
     'and [Ben Park](https://openreview.net/forum?id=e5f6), were short but good, and I went to see the posters afterwards.\n',
     {}),
    # A workshop's programme (quoted from the ICBINB 2021 schedule): lines that open with an invited talk's label hold no paper
    # (the spotlights' names on the next line are no byline of theirs); the contributed talks' linked titles are papers, and
    # the names before them their presenters.
    ('a programme whose invited talks open with their label', 'authors',
     '### Date: Monday, December 13th\n'
     '\n'
     'Times are listed in Eastern Standard Time\n'
     '\n'
     '| Opening Remarks                    | 7:50-8:00 |\n'
     '| Invited Talk - [Robert Williamson](https://uni-tuebingen.de/en/research/core-research/cluster-of-excellence-machine-learning/research/research/cluster-research-groups/professorships/foundations-of-machine-learning-systems/): *Better*         | 8:00-8:30|\n'
     '| Contributed Talk - Wouter Kool: *[Unbiased Gradient Estimation with Balanced Assignments for MoE](https://openreview.net/forum?id=Hvfva7l1tcj)* | 8:30-8:45 |\n'
     '| Panel - [Emtiyaz Khan](https://emtiyaz.github.io/), [Atoosa Kasirzadeh](https://kasirzadeh.org/), [Suresh Venkatasubramanian](https://vivo.brown.edu/display/suresh), [Anna Rogers](https://annargrs.github.io/), [Javier Gonzalez](https://javiergonzalezh.github.io/) | 8:45-9:45 |\n'
     '| Coffee-break                       | 9:45-10:00 |\n'
     '| Invited Talk - [Mihaela Rosca](http://elarosca.net/): *A story of distributional learning with games* | 10:00-10:30 |\n'
     '| Contributed Talk - Francesco Negri: *[Continual Learning with Memory Cascades](https://openreview.net/forum?id=E1xIZf0E7qr)*   | 10:30-10:45 |\n'
     '| Invited Talk - [Nyalleng Moorosi](https://twitter.com/nunuska?lang=en): *AI Continualism & the Becoming of the Past* | 10:45-11:15 |\n'
     '| Spotlight Talks 1 - [Imant Daunhawer](https://openreview.net/forum?id=ynt6uq-BjIi), [Paulo Pirozelli](https://openreview.net/forum?id=UPuDQRCyrtO), [Ke Wang](https://openreview.net/forum?id=v2DmCzi1gfh), [Tristan Cinquin](https://openreview.net/forum?id=Gv41ucDhhlY), [Soufiane Hayou](https://openreview.net/forum?id=foFLxO0Yrhx) | 11:15-11:30 |\n'
     '| Invited Talk - [Tom Griffiths](https://cocosci.princeton.edu/tom/index.php): *Metareasoning is important but intractable* | 11:30-12:00 |\n'
     '| Spotlight Talks 2 - [Amélie Chatelain](https://openreview.net/forum?id=JCzF3p8-47S), [Nitya Kasturi](https://openreview.net/forum?id=mCyM2CWFZX5), [Cian Eastwood](https://openreview.net/forum?id=N5lxfjtUPOS), [Antoni Caterini](https://openreview.net/forum?id=mE7KhifcD9l), [Arno Blaas](https://openreview.net/forum?id=ZulCFqmwsF2) | 12:00-12:15 |\n'
     ,
     {'Unbiased Gradient Estimation with Balanced Assignments for MoE': ['Wouter Kool'],
      'Continual Learning with Memory Cascades': ['Francesco Negri']}),
    # A programme's line of spotlight talks: "Spotlight Talks 1 - [A](url), [B](url), [C](url)" is a slot, not a paper.
    ('a programme slot of spotlight talks and their speakers', 'authors',
     '### Date: Monday, March 13th\n\n| Opening Remarks | 7:50-8:00 |\n'
     '| Spotlight Talks 1 - [Ben Park](https://openreview.net/forum?id=ynt6uq), [Chen Wei](https://openreview.net/forum?id=UPuDQR), '
     '[Ke Li](https://openreview.net/forum?id=v2DmCz) | 11:15-11:30 |\n| Coffee Break | 11:30-12:00 |\n',
     {}),
    # "4:20 Track on Widget Learning, Algorithms, Applications": a programme's track, not a paper.
    ('a programme track named after its areas', 'authors',
     '### Wednesday 2031-12-06\n\n*   2:50 Track on Widget Learning, Gizmo Learning\n'
     '    *   "Imagination-Augmented Widgets for Deep Gizmo Learning" - Ana Souza, Ben Park, Chen Wei\n'
     '    *   "A simple widget module for relational gizmos" - Dana Levi, Eli Novak\n\n'
     '*   4:20 Track on Widget Learning, Algorithms, Applications\n\n*   7:00 Poster session and Demonstrations\n',
     {'Imagination-Augmented Widgets for Deep Gizmo Learning': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'A simple widget module for relational gizmos': ['Dana Levi', 'Eli Novak']}),
    # 'a paper titled “wav2vec2-based ...”': a quoted title after "titled" that opens in lower case (a model's name), in a
    # long paragraph and on a line of its own; the words before the quote are no part of it.
    ('a quoted title in lower case after titled', 'authors',
     'Widget team presents at WidgetConf\n\n'
     'This year, the Widget team submitted a paper titled “wav2vec2-based Gizmo Rating System for Children with Widget Sound '
     'Disorder” to WidgetConf. The article described our initial systems developed using a corpus of children suffering from '
     'widget sound disorder, and we were happy with the reviews and the many visitors we had at the poster during the whole '
     'session on Wednesday.\n',
     {'wav2vec2-based Gizmo Rating System for Children with Widget Sound Disorder': []}),
    ('a quoted title in lower case after titled, its line a record', 'authors',
     'Widget team presents at WidgetConf\n\n'
     'This year, the Widget team submitted a paper titled “wav2vec2-based Gizmo Rating System for Children with Widget Sound '
     'Disorder” to WidgetConf.\nThe article described our initial systems.\n',
     {'wav2vec2-based Gizmo Rating System for Children with Widget Sound Disorder': []}),
    # A post's byline: names, each over a paragraph with the person's position and employer; no paper.
    ('names over their positions in a post byline', 'authors',
     'Takeaways from WidgetConf 2031, Part 1: attending a virtual conference\n\nAna Souza\n\n'
     'Principal Machine Learning Scientist, Widgetco Voice Experience\n\nBen Park\n\n'
     'Senior Signal Processing and Machine Learning Scientist, Widgetco Voice Experience\n\n'
     'Last month the WidgetConf conference took place. We also take this opportunity to tell you more about the paper we '
     'presented this year, entitled “Predicting widget filters for small footprint open-vocabulary gizmo spotting”.\n',
     {'Predicting widget filters for small footprint open-vocabulary gizmo spotting': []}),
    # The rest of a sentence read as a title, opening with a lower-case preposition (quoted from an Interspeech 2022 lab post):
    # '... took place from September 18 to 22, 2022, at Songdo ConvensiA, in Incheon, Korea, under the theme ...' is no paper.
    ('the rest of a sentence after a preposition, no title', 'authors',
     'Teflon team presents at Interspeech\n'
     '\n'
     'The 23rd INTERSPEECH Conference took place from September 18 to 22, 2022, at Songdo ConvensiA, in Incheon, Korea, under the theme Human and Humanizing Speech Technology.\n'
     '\n'
     'This year, the Teflon team submitted a paper titled “wav2vec2-based Speech Rating System for Children with Speech Sound Disorder” to Interspeech. The article described our initial systems developed using Sofia Strömbergsson’s corpus of children suffering from speech sound disorder.\n'
     '\n'
     'We (Tamás & Mikko) presented our poster on Wednesday, September 21, 13:30-15:30(KST).\n'
     ,
     {'wav2vec2-based Speech Rating System for Children with Speech Sound Disorder': ['Tamás', 'Mikko']}),
    # A record's fields in Chinese, its title field a paragraph of its own over the other fields (the layout of an
    # ICLR 2024 awards post): "论文：Title" / "" / "机构：X" / "作者：A、B" / "论文地址：url". The title field is the
    # record's first line, the affiliation field no record of its own (its value is no title), and a sentence-case title
    # over its "作者：" field is a paper as it is over an "Authors:" field.
    ('a title field over a paragraph of fields in Chinese', 'authors',
     '今年共评选出 2 篇杰出论文奖。\n'
     '\n'
     '论文：Widget diffusion arises from gizmo-adaptive harmonic representations\n'
     '\n'
     '机构：维吉特大学、Gizmo Labs\n'
     '作者：Ana Souza、Ben Park 、Chen Wei\n'
     '论文地址：https://openreview.net/forum?id=AbCdEfGh12\n'
     '\n'
     '本文对图像扩散模型的泛化和记忆方面进行了重要的深入分析。\n'
     '\n'
     '论文：Is a gizmo worth 1 widget? Learning strong widget encoders from 1 long video\n'
     '\n'
     '机构：Widgetco\n'
     '作者：Dana Levi、Emil Novak\n'
     '论文地址：https://openreview.net/forum?id=IjKlMnOp34\n'
     '\n'
     '本文提出了一种新颖的自监督图像预训练方法。\n',
     {'Widget diffusion arises from gizmo-adaptive harmonic representations': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Is a gizmo worth 1 widget? Learning strong widget encoders from 1 long video': ['Dana Levi', 'Emil Novak']}),
    # The same in English: "Paper: Title", a blank line, then "Paper URL:", "Institution:" and "Authors:" fields.
    ('a title field over a paragraph of fields', 'authors',
     'The outstanding papers this year:\n'
     '\n'
     'Paper: Widget Graphs Arise from Gizmo Harmonics\n'
     '\n'
     'Paper URL: https://openreview.net/forum?id=AbCdEfGh12\n'
     'Institution: Widget University\n'
     'Authors: Ana Souza, Ke Li, Ben Park\n'
     '\n'
     'This paper shows why widgets matter, with many experiments.\n'
     '\n'
     'Paper: Learning Interactive Gizmo Simulators\n'
     '\n'
     'Paper URL: https://openreview.net/forum?id=IjKlMnOp34\n'
     'Institution: Gizmo Labs\n'
     'Authors: Mara Olsen, Tim Berg\n'
     '\n'
     'More prose follows here about gizmos and their simulators.\n',
     {'Widget Graphs Arise from Gizmo Harmonics': ['Ana Souza', 'Ke Li', 'Ben Park'],
      'Learning Interactive Gizmo Simulators': ['Mara Olsen', 'Tim Berg']}),
    # A paper's notes as a review template under its heading, the parts as fields of the section ("## Title" / "Problem:
    # ..." / "Approach: ..." / "Strength:" / "Weakness (nitpicking):"), as in a paper-blitz post on ACL/EMNLP 2023 papers:
    # the heading is that paper's title, however the model doubts it.
    ('a heading over the fields of a review', 'authors',
     '# Notes\n'
     '\n'
     '## Widget Nets: Translating Gizmos with Large Widget Models\n'
     '\n'
     'Problem: What if we can prompt the model to make it do different things?\n'
     '\n'
     'Approach: This picture sums it up\n'
     '\n'
     'Strength:\n'
     ' - There are a lot of details on how the setup tests one hypothesis after another.\n'
     '\n'
     'Weakness (nitpicking):\n'
     ' - Too many coloured words in the paper.\n'
     '\n'
     'Time taken: 9 mins\n'
     '\n'
     '----\n'
     '\n'
     '## Gizmo Models are Not Yet Human-Level Evaluators for Widget Summaries\n'
     '\n'
     'Problem: How good are gizmo models to replace human evaluators?\n'
     '\n'
     'Strength:\n'
     ' - A comprehensive study across many scores.\n'
     '\n'
     'Time taken: 3 mins\n',
     {'Widget Nets: Translating Gizmos with Large Widget Models': [],
      'Gizmo Models are Not Yet Human-Level Evaluators for Widget Summaries': []}),
    # A line of papers after a plural label (notes on an AKBC 2020 talk: "Papers: Ceres (Lockard et al., VLDB18), ..."):
    # the label is not the title's.
    ('a papers label before a title and its citation', 'authors',
     'Resources: the SWDE benchmark and the DI2KG benchmark.\n'
     '\n'
     'Papers: Widget Nets for Gizmo Harvesting (Cohen et al., 2019), Sprocket Trees (Levi et al., VLDB18)\n',
     {'Widget Nets for Gizmo Harvesting': ['Cohen']}),
    # A lab's news post (quoted from CopeNLU's EMNLP 2019 post): a linked title line, then its byline ending in the venue
    # ("A, B, C. In Proceedings of the 2nd Workshop on Deep Learning for Low-Resource NLP (<a>DeepLo</a> at EMNLP-IJCNLP
    # 2019)."). The venue's words are no title of their own ("of EMNLP-IJCNLP 2019", "In Proceedings of the 2019 Workshop
    # on ...", "Learning for Low-Resource NLP ( DeepLo ..."), so the byline is the title's above it.
    ('a byline ending in the venue it appeared in, under a linked title', 'authors',
     '4 papers by CopeNLU authors are to be presented at EMNLP 2019 and co-located events, on fact checking and disinformation, as well as on multi-task and multi-lingual learning.\n'
     '\n'
     '<a href="publication/2019_emnlp_augenstein/">MultiFC: A Real-World Multi-Domain Dataset for Evidence-Based Fact Checking of Claims</a>.\n'
     '<a href="/authors/isabelle-augenstein/">Isabelle Augenstein</a>, Christina Lioma, Dongsheng Wang, Lucas Chaves Lima, Casper Hansen, Christian Hansen, Jakob Grue Simonsen. In Proceedings of <a href="https://www.emnlp-ijcnlp2019.org/">EMNLP-IJCNLP 2019</a>.\n'
     '\n'
     '<a href="publication/2019_nlp4if_hartmann/">Mapping (Dis-)Information Flow about the MH17 Plane Crash</a>.\n'
     '<a href="/authors/mareike-hartmann/">Mareike Hartmann</a>, Yevgeniy Golovchenko, <a href="/authors/isabelle-augenstein/">Isabelle Augenstein</a>. In Proceedings of the 2019 Workshop on NLP4IF: censorship, disinformation, and propaganda (<a href="http://www.netcopia.net/nlp4if/">NLP4IF</a> at EMNLP-IJCNLP 2019).\n'
     '\n'
     '<a href="publication/2019_deeplo_abdou/">X-WikiRE: A Large, Multilingual Resource for Relation Extraction as Machine Comprehension</a>.\n'
     'Mostafa Abdou, Cezar Sas, Rahul Aralikatte, <a href="/authors/isabelle-augenstein/">Isabelle Augenstein</a>, Anders Søgaard. In Proceedings of the 2nd Workshop on Deep Learning for Low-Resource NLP (<a href="https://sites.google.com/view/deeplo19/home">DeepLo</a> at EMNLP-IJCNLP 2019).\n'
     '\n'
     '<a href="publication/2019_deeplo_bjerva/">Transductive Auxiliary Task Self-Training for Neural Multi-Task Models</a>.\n'
     '<a href="authors/johannes-bjerva/">Johannes Bjerva</a>, Katharina Kann, <a href="/authors/isabelle-augenstein/">Isabelle Augenstein</a>. In Proceedings of the 2nd Workshop on Deep Learning for Low-Resource NLP (<a href="https://sites.google.com/view/deeplo19/home">DeepLo</a> at EMNLP-IJCNLP 2019).\n'
     ,
     {'MultiFC: A Real-World Multi-Domain Dataset for Evidence-Based Fact Checking of Claims':
          ['Isabelle Augenstein', 'Christina Lioma', 'Dongsheng Wang', 'Lucas Chaves Lima', 'Casper Hansen', 'Christian Hansen',
           'Jakob Grue Simonsen'],
      'Mapping (Dis-)Information Flow about the MH17 Plane Crash': ['Mareike Hartmann', 'Yevgeniy Golovchenko', 'Isabelle Augenstein'],
      'X-WikiRE: A Large, Multilingual Resource for Relation Extraction as Machine Comprehension':
          ['Mostafa Abdou', 'Cezar Sas', 'Rahul Aralikatte', 'Isabelle Augenstein', 'Anders Søgaard'],
      'Transductive Auxiliary Task Self-Training for Neural Multi-Task Models': ['Johannes Bjerva', 'Katharina Kann', 'Isabelle Augenstein']}),
    # A list of CHI 2023 papers (quoted from the German HCI community's page): "__Title__" over "Name (Affiliation), ...".
    # A "!" inside a title that is its line's whole bold ends no sentence ("__“Nah, it’s just annoying!” A Deep Dive
    # ...__"), and academic titles before names ("Dr. Oscar Ariza", "Prof. Dr. Frank Steinicke") keep a long byline one.
    ('a bold title line over names with affiliations and honorifics', 'authors',
     '__The Unwritten Manual of Becoming a Professor of HCI__  \n'
     'Florian Michahelles (University of Vienna), Susanne Boll (University of Oldenburg), Katie A. Siek (University of Indiana Bloomington) Flora D. Salim (UNSW) Aaron J Quigley (UNSW)  \n'
     '<span style="color: red;">Abstract</span> | Tags: Course | Links: \n'
     '\n'
     '__“Nah, it’s just annoying!” A Deep Dive into User Perceptions of Two-Factor Authentication__  \n'
     'Karola Marky (Ruhr-University Bochum, University of Glasgow), Kirill Ragozin (Keio University), George Chernyshov (Keio University), Andrii Matviienko (Technical University of Darmstadt), Martin Schmitz (Saarland University), Max Mühlhäuser (Technical University of Darmstadt), Chloe Eghtebas (TUM), Kai Kunze (Keio University)  \n'
     '<span style="color: red;">Abstract</span> | Tags: Journal | Links: \n'
     '\n'
     '__Blended Interaction: Communication and Collaboration Between Two Users Across the Reality-Virtuality Continuum__  \n'
     'Lucie Kruse (Universität Hamburg), Joel Wittig (Universität Hamburg), Sebastian Finnern (Universität Hamburg), Melvin Gundlach (Universität Hamburg), Niclas Iserlohe (Universität Hamburg), Dr. Oscar Ariza (Universität Hamburg), Prof. Dr. Frank Steinicke (Universität Hamburg)  \n'
     '<span style="color: red;">Abstract</span> | Tags: Late Breaking Work | Links: \n'
     ,
     {'The Unwritten Manual of Becoming a Professor of HCI':
          ['Florian Michahelles', 'Susanne Boll', 'Katie A. Siek', 'Flora D. Salim', 'Aaron J Quigley'],
      'Nah, it’s just annoying! A Deep Dive into User Perceptions of Two-Factor Authentication':
          ['Karola Marky', 'Kirill Ragozin', 'George Chernyshov', 'Andrii Matviienko', 'Martin Schmitz', 'Max Mühlhäuser',
           'Chloe Eghtebas', 'Kai Kunze'],
      'Blended Interaction: Communication and Collaboration Between Two Users Across the Reality-Virtuality Continuum':
          ['Lucie Kruse', 'Joel Wittig', 'Sebastian Finnern', 'Melvin Gundlach', 'Niclas Iserlohe', 'Oscar Ariza', 'Frank Steinicke']}),
    # A programme's poster list (RecSys 2023's page as text): each item's title, its byline, its abstract, then the link's
    # label "Full text in ACM Digital Library", which is no title (a digital library's name after "in" or "on" ends none
    # of the catalogue's titles).
    ('a link label naming a digital library under an abstract', 'authors',
     'Posters Day 2\n'
     '\n'
     'Date: Thursday September 21\n'
     'Room: Hall 405\n'
     '\n'
     '  • Incorporating Time in Sequential Widget Recommendation Models\n'
     '    by Ana Souza (Widgetco), Ben Park (Widgetco) and Chen Wei (Gizmo Labs).\n'
     '\n'
     '    Sequential models are designed to learn sequential patterns in data based on the chronological order of user '
     'interactions. However, they often ignore the timestamps of these interactions.\n'
     '\n'
     '    Full text in ACM Digital Library\n'
     '\n'
     '  • Enhancing Gizmo Transformers without Self-supervised Learning\n'
     '    by Dana Levi (Visa Research) and Emil Novak (Visa Research).\n'
     '\n'
     '    Transformers have become the favored model for sequential recommendation.\n'
     '\n'
     '    Full text in ACM Digital Library\n',
     {'Incorporating Time in Sequential Widget Recommendation Models': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Enhancing Gizmo Transformers without Self-supervised Learning': ['Dana Levi', 'Emil Novak']}),
    # An ICASSP 2024 session's schedule (quoted from an awesome-list on speaker diarization): items nested four deep,
    # each paper's byline grouped by where its authors work ("A, B, C, Brno University of Technology, Czechia; D, E, NTT
    # Corporation, Japan"). The deepest items keep their words (they were read letter by letter), every name of a group
    # is an author (not only the first, the rest read as its affiliation), and a city in an affiliation ("Ximalaya Inc.,
    # ShangHai, China") is no title that takes the byline from its paper.
    ('names grouped by affiliation in a schedule nested four deep', 'authors',
     '- 🗓️ **Time Schedule**\n'
     '    - **SLP-L10.1: 08:30 - 08:50**\n'
     '        - **DVBx**: "Discriminative Training of VBx Diarization", in\xa0*Proc. ICASSP*, 2024. (BUT) [[Paper](https://arxiv.org/abs/2310.02732)] [[Code](https://github.com/BUTSpeechFIT/DVBx)]\n'
     '            - Dominik Klement, Mireia Diez, Federico Landini, Lukáš Burget, Anna Silnova, Brno University of Technology, Czechia; Marc Delcroix, Naohiro Tawara, NTT Corporation, Japan\n'
     '    - **SLP-L10.3: 09:10 - 09:30**\n'
     '        - "**DiaCorrect**: Error Correction Back-end For Speaker Diarization," in\xa0*Proc. ICASSP*, 2024. (BUT) [[Paper](https://arxiv.org/abs/2309.08377)] [[Code](https://github.com/BUTSpeechFIT/diacorrect)]\n'
     '            - Jiangyu Han, Federico Landini, Johan Rohdin, Mireia Diez, Lukas Burget, Brno University of Technology, Czechia; Yuhang Cao, Heng Lu, Ximalaya Inc., ShangHai, China, China; Jan Cernocky, Brno University of Technology, Czechia\n'
     '    - **SLP-L10.4: 09:30 - 09:50**\n'
     '        - "Enhancing Speaker Diarization with Large Language Models: A Contextual Beam Search Approach,", in\xa0*Proc. ICASSP*, 2024. (NVIDIA) [[Paper](https://arxiv.org/abs/2309.05248)]\n'
     '            - Tae Jin, Kunal Dhawan, Nithin Koluguri, Jagadeesh Balam, NVIDIA, United States of America\n'
     '    - **SLP-L10.5: 09:50 - 10:10**\n'
     ,
     {'Discriminative Training of VBx Diarization': ['Dominik Klement', 'Mireia Diez', 'Federico Landini', 'Lukáš Burget', 'Anna Silnova', 'Marc Delcroix', 'Naohiro Tawara'], 'DiaCorrect: Error Correction Back-end For Speaker Diarization': ['Jiangyu Han', 'Federico Landini', 'Johan Rohdin', 'Mireia Diez', 'Lukas Burget', 'Yuhang Cao', 'Heng Lu', 'Jan Cernocky'], 'Enhancing Speaker Diarization with Large Language Models: A Contextual Beam Search Approach': ['Tae Jin', 'Kunal Dhawan', 'Nithin Koluguri', 'Jagadeesh Balam']}),
    # An award's sentence with an aside after the award's name, the title with "their" among its small words (quoted in
    # spirit from a NeurIPS 2023 recap): "The Test of Time Award (made out to a 10-year-old paper) this year went to Title
    # by A, B, and C."
    ('an award with an aside went to a title by its authors', 'authors',
     'The conference awards were announced on Monday evening.\n'
     '\n'
     'The Test of Time Award (made out to a 10-year-old paper) this year went to Distributed Representations of Widgets '
     'and Gizmos and their Compositionality by Ana Souza, Ben Park, Chen Wei, Greg S. Corrado, and Dana Levi.\n'
     '\n'
     'The first of the invited talks, by Emil Novak, was a fascinating tour of latent diffusion models.\n',
     {'Distributed Representations of Widgets and Gizmos and their Compositionality':
          ['Ana Souza', 'Ben Park', 'Chen Wei', 'Greg S. Corrado', 'Dana Levi']}),
    # An invited talk's title over the note on it, read as one record (the note names its speaker): "The first of the
    # invited talks, by ..." says it is a talk, no paper (a NeurIPS 2023 recap's layout).
    ('an invited talk named over a note that calls it one', 'authors',
     'Awards\n'
     '\n'
     'The conference awards were announced on Monday evening.\n'
     '\n'
     'NextGenAI: The Delusion of Scaling and the Future of Generative Widgets\n'
     '\n'
     'The first of the invited talks, by Emil Novak, was a fascinating tour of latent diffusion models.\n',
     {}),
    # A lab's news posts (quoted from CopeNLU's EMNLP 2020 and ACL 2026 posts): a two-name byline before the venue ("A, B.
    # In Proceedings of EMNLP.", the segmenter ended it after A), and a byline whose paper appeared in a journal ("A, B, C.
    # Computational Linguistics.": the journal's name is no title that takes the byline from the linked title above).
    ('bylines before a venue or a journal under linked titles', 'authors',
     '<a href="/publication/2020_emnlp_wright_transformer/">Transformer Based Multi-Source Domain Adaptation</a>.\n'
     '<a href="/authors/dustin-wright/">Dustin Wright</a>, <a href="/authors/isabelle-augenstein/">Isabelle Augenstein</a>. In Proceedings of EMNLP.\n'
     '\n'
     '<a href="/publication/2026_cl_sun_evaluation/">Evaluation Framework for Highlight Explanations of Context Utilisation in Language Models</a>.\n'
     '<a href="/authors/jingyi-sun/">Jingyi Sun</a>, <a href="/authors/pepa-atanasova/">Pepa Atanasova</a>, <a href="/authors/sagnik-ray-choudhury/">Sagnik Ray Choudhury</a>, <a href="/authors/sekh-mainul-islam/">Sekh Mainul Islam</a>, <a href="/authors/isabelle-augenstein/">Isabelle Augenstein</a>. Computational Linguistics.\n'
     '\n'
     '<a href="/publication/2026_acl_hagström/">CUB: Benchmarking Context Utilisation Techniques for Language Models</a>.\n'
     '<a href="/authors/lovisa-hagström/">Lovisa Hagström</a>, <a href="/authors/youna-kim/">Youna Kim</a>, <a href="/authors/haeun-yu/">Haeun Yu</a>, <a href="/authors/sang-goo-lee/">Sang-goo Lee</a>, <a href="/authors/richard-johansson/">Richard Johansson</a>, <a href="/authors/hyunsoo-cho/">Hyunsoo Cho</a>, <a href="/authors/isabelle-augenstein/">Isabelle Augenstein</a>. ACL main.\n'
     ,
     {'Transformer Based Multi-Source Domain Adaptation': ['Dustin Wright', 'Isabelle Augenstein'], 'Evaluation Framework for Highlight Explanations of Context Utilisation in Language Models': ['Jingyi Sun', 'Pepa Atanasova', 'Sagnik Ray Choudhury', 'Sekh Mainul Islam', 'Isabelle Augenstein'], 'CUB: Benchmarking Context Utilisation Techniques for Language Models': ['Lovisa Hagström', 'Youna Kim', 'Haeun Yu', 'Sang-goo Lee', 'Richard Johansson', 'Hyunsoo Cho', 'Isabelle Augenstein']}),
    # A workshop's programme as text (quoted from NLP4MusA 2020): a session's field "Video Playlists: Youtube | Bilibili"
    # (a label, a colon, single words between bars) is no record, its last word no author.
    ('a field of single words between bars under a session heading', 'authors',
     'Papers\n'
     '\n'
     'Poster Session 1\n'
     '\n'
     'Video Playlists: Youtube | Bilibili\n'
     '\n'
     '1-01 Discovering Music Relations with Sequential Attention\n'
     '\n'
     'Junyan Jiang, Gus Xia and Taylor Berg-Kirkpatrick\n'
     '\n'
     'The element-wise attention mechanism has been widely used in modern sequence models for text and music.\n'
     '\n'
     'Paper - Poster - Video (Youtube) - Video (bilibili)\n'
     ,
     {'Discovering Music Relations with Sequential Attention': ['Junyan Jiang', 'Gus Xia', 'Taylor Berg-Kirkpatrick']}),
    # A title that opens with an acronym in capitals spelled like a notes label ("TLDR: Text Based Last-Layer Retraining
    # ...", a WACV 2025 paper, seen in the layout matrix at seed 113); "TL;DR:" with its semicolon stays a label.
    ('an acronym like a notes label opening a title', 'authors',
     '- TLDR: Widget Based Last-Layer Retraining for Debiasing Gizmo Classifiers (Ana Souza, Ben Park) '
     '[arXiv](https://arxiv.org/abs/3101.00001) [GitHub](https://github.com/asouza/tldr)\n'
     '- Sparse Gizmo Transport with Widget Priors (Chen Wei, Dana Levi) [arXiv](https://arxiv.org/abs/3101.00002)\n'
     '\n'
     'TL;DR: both papers retrain the last layer.\n',
     {'TLDR: Widget Based Last-Layer Retraining for Debiasing Gizmo Classifiers': ['Ana Souza', 'Ben Park'],
      'Sparse Gizmo Transport with Widget Priors': ['Chen Wei', 'Dana Levi']}),
    # A title that opens with a word's part in brackets (quoted from German HCI's CHI 2023 list): "__(Re-)Distributional
    # Food Justice: ...__" keeps "(Re-)" (the segmenter left the "(" out, and the rest read as a bracketed name glued on).
    ('a title opening with a word part in brackets', 'authors',
     '__(Re-)Distributional Food Justice: Negotiating conflicting views of fairness within a local grassroots community__    \n'
     'Philip Engelbutzeder, Yannick Bollmann, Katie Berns, Marvin Landwehr, Dave Randell, Volker Wulf  \n'
     '<span style="color: red;">Abstract</span> | Tags: Full Paper | Links: \n'
     ,
     {'(Re-)Distributional Food Justice: Negotiating conflicting views of fairness within a local grassroots community':
          ['Philip Engelbutzeder', 'Yannick Bollmann', 'Katie Berns', 'Marvin Landwehr', 'Dave Randell', 'Volker Wulf']}),
    # A list of papers cited by short name and a bracketed citation (quoted from notes on an AKBC 2020 talk): "NQL (Cohen
    # et. al., 19), EmbQL" — the bracket's name is the author; "EmbQL" after the bracket is another item, no author.
    ('a bracketed citation then another item of the list', 'authors',
     'Papers: \n'
     '* NQL (Cohen et. al., 19), EmbQL\n'
     '* Widget Nets for Gizmos (Cohen et al., 2019), Sprocket Trees\n',
     {'NQL': ['Cohen'], 'Widget Nets for Gizmos': ['Cohen']}),
    # A list announced as "the following workshops" (quoted from an RSS 2021 fellow's notes), under a heading that
    # names workshops and tutorials (whose items may be papers): each item is a workshop, its link its site, no paper.
    ('a list announced as the following workshops', 'authors',
     '## Workshops & Tutorials @ RSS 2021\n'
     'I am interested and taking notes of the following workshops at RSS 2021:\n'
     '- Integrating Planning and Learning [[website](https://planandlearn.net/)]<small>\n'
     '    - Moderated Panel I: Learning to plan, differentiable planner, and planning to learn.  [ NOTES ](./notes/)\n'
     '    - Moderated Panel II: Model learning, learning representations, and model-augmented learning. [ NOTES ](./notes/)\n'
     '    - Moderated Panel III: New opportunities for integrating planning and learning. [ NOTES ](./notes/) </small>\n'
     '- Advancing Artificial Intelligence and Manipulation for Robotics: Understanding Gaps, Industry and Academic Perspectives,and Community Building [[website](https://sites.google.com/view/rss-ai-manipulationperspective/home)] <small>\n'
     '    - Representation Learning for Interaction Tasks [ NOTES ](./notes/) by [Danica Kragic (KTH)]()\n'
     '    - Supervised Local Autonomy for Mobile Manipulation with Spot [ NOTES ](./notes/) by [Al Rizzi (Boston Dynamics)]()\n'
     '    - Online Recovery from Failure [ NOTES ](./workshop/prof_jeannette.md) by [Jeannette Bohg (Stanford)]() </small>\n'
     '- Declarative and Neurosymbolic Representations in Robot Learning and Control [[website](https://dnr-rob.github.io/)]<small>\n'
     '    - Acting, Learning, and Knowing in Large-Scale Space [ NOTES ](./notes/) by [Prof. Benjamin Kuipers](https://web.eecs.umich.edu/~kuipers/)\n'
     '    - Human-like planning for reaching in cluttered environments [ NOTES ](./notes/) by [Prof. Anthony G Cohn](https://eps.leeds.ac.uk/computing/staff/76/professor-anthony-g-cohn-freng-ceng-citp)\n'
     '\n'
     '## Papers @ RSS 2021\n'
     '- Sparse Gizmo Attention for Widget Manipulation [[paper](http://www.roboticsproceedings.org/rss17/p002.pdf)] by Ben Park\n',
     {'Sparse Gizmo Attention for Widget Manipulation': ['Ben Park']}),
    # A heading linked to its site whose note calls it "the workshop" (quoted from notes on RSS 2019): a workshop's name.
    ('a heading its note calls the workshop', 'authors',
     '## 1. [Numerical Optimization for Online Multi-Contact Motion Planning and Control](https://sites.google.com/view/x/)\n'
     '\n'
     'The workshop, from its name, was focusing on numerical optimization for legged robots.\n'
     'The speakers were diverse.\n'
     '\n'
     '## Papers\n'
     '\n'
     '- [Souza, Ana, et al. "Widget Nets for Gizmo Parsing."](http://www.roboticsproceedings.org/rss15/p33.pdf)\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza']}),
    # A sentence whose subject had a poster with the title after it (quoted from a SIGIR 2009 day summary): the
    # subject's full name is the author ("Justin Zobel had a provocative poster Has Adhoc Retrieval Improved Since 1994?").
    ('a full name that had a poster', 'authors',
     'As usual, the best part was talking to people about their work.\n'
     'Justin Zobel had a provocative poster Has Adhoc Retrieval Improved Since 1994? which they have in their evaluation workshop.\n'
     '\n'
     'Ana Souza had a paper, Widget Nets for Gizmo Parsing. It was great.\n',
     {'Has Adhoc Retrieval Improved Since 1994?': ['Justin Zobel'], 'Widget Nets for Gizmo Parsing': ['Ana Souza']}),
    # A linked title inside a sentence, its full stop right after the link, the sentence's subject giving a talk on it:
    # the whole anchor is the title (the run read from its second word to the full stop had lost the first), and the
    # subject, a name given as a link's anchor or after a role in apposition, is its author (quoted from a UAI 2017 day).
    ('a linked title ending its sentence after the subject gave a talk on it', 'authors',
     'The first oral session was good.\n'
     '\n'
     'Ana Souza gave a talk about her paper [Learning to Rank with Partial Feedback](https://arxiv.org/abs/2601.00001).\n'
     '\n'
     '[Ben Park](https://ben.example) gave a talk about his paper [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00002).\n'
     '\n'
     '<p style="text-align:center;">\n'
     '<img src="{{site.url}}/assets/uai_2017/day2_oral1.JPG" alt="sydney">\n'
     '<i>\n'
     'UC Berkeley electrical engineering PhD student \n'
     '<a href="http://www.jinming.tech/">Ming Jin</a> gives a talk about his paper\n'
     '<a href="https://arxiv.org/abs/1512.08065">Inverse Reinforcement Learning via Deep Gaussian Process</a>.\n'
     '</i>\n'
     '</p>\n',
     {'Learning to Rank with Partial Feedback': ['Ana Souza'], 'Widget Nets for Gizmo Parsing': ['Ben Park'],
      'Inverse Reinforcement Learning via Deep Gaussian Process': ['Ming Jin']}),
    # An emphasised title under a tutorial's heading, its presenters named right after it (quoted from a UAI 2017 day):
    # the tutorial's title and its speakers, no paper.
    ('an emphasised title presented by its speakers under a tutorial heading', 'authors',
     'On top of it all, I could not understand the speaker\'s voice despite sitting in\n'
     'literally the seat which was located closest to where he was talking.\n'
     '\n'
     '## Tutorial 3 of 4\n'
     '\n'
     'The third talk was the one I was most excited about: *Deep Generative Models*,\n'
     'presented by [Shakir Mohamed][8] ([blog][9]) and Danilo Rezende ([blog][10]),\n'
     'both of whom are research scientists at Google DeepMind, and both of whom have\n'
     'excellent blogs. I hope that mine will soon be as useful to machine learning\n'
     'researchers as theirs are!\n'
     '\n'
     '## Papers\n'
     '\n'
     '- *Widget Nets for Gizmo Parsing*, presented by Ana Souza\n'
     '\n'
     '[8]:http://shakirm.com/\n'
     '[9]:http://blog.shakirm.com/\n'
     '[10]:https://danilorezende.com/about/\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza']}),
    # Two tables of awards listing one paper twice, its second author once with his initial and once without (quoted from
    # a list of SIGIR's awarded papers): one author; and a byline's plural honorific is no part of a name (from WWW's list).
    ('one author with and without an initial, and a plural honorific', 'authors',
     '## Test of Time Award\n'
     '\n'
     '| Year | Title | Authors | Orgnization | PubYear |\n'
     '|------|-------|---------|-------------|---------|\n'
     '|2017| [A Markov random field model for term dependencies](https://dl.acm.org/citation.cfm?id=1076115) (Honorable Mentions) | Donald Metzler, W. Bruce Croft | University of Massachusetts | 2005|\n'
     '|2016|[Item-based collaborative filtering recommendation algorithms](https://www.iw3c2.org/papers/2016-Collaborative.pdf)|Dr Badrul Sarwar, Professors George Karypis, Joseph Konstan, and John Riedl|University of Minnesota|2001|\n'
     '\n'
     '## Best Paper Award\n'
     '\n'
     '| Year | Title | Authors | Orgnization |\n'
     '|------|-------|---------|-------------|\n'
     '| 2005       | [A Markov random field model for term dependencies](http://doi.acm.org/10.1145/1076034.1076115) | Donald Metzler, Bruce Croft | University of Massachusetts |\n',
     {'A Markov random field model for term dependencies': ['Donald Metzler', 'W. Bruce Croft'],
      'Item-based collaborative filtering recommendation algorithms': ['Badrul Sarwar', 'George Karypis', 'Joseph Konstan', 'John Riedl']}),
    # A short name ending in "Conference" linked to its site (quoted from a list of WWW's awarded papers): the event's
    # name, no paper (2 of the catalogue's titles end so, both long); "Report from the ... conference" linked to arXiv is one.
    ('an event name ending in conference linked to its site', 'authors',
     '# Awesome papers published in WWW conference\n'
     '\n'
     '[TheWebConf Conference](https://thewebconf.org/) was first conceived in 1989 by Tim Berners-Lee at CERN in Geneva, Switzerland. The first conference of the series, WWW1, was held at CERN in 1994 and organized by Robert Cailliau.\n'
     '\n'
     'In 2022 the IW3C2 adopted new by-laws and it is no longer involved in the organization of the TheWebConf. Its new mission is to manage funds from gifts or donations to grant awards for publications presented during these conferences.\n'
     '\n'
     '* [Report from EDBT/ICDT 2020 virtual conference](https://arxiv.org/abs/2004.07668)\n',
     {'Report from EDBT/ICDT 2020 virtual conference': []}),
    # A reading group's programme (quoted from SIGIR Tokyo's IR Reading): a table's cell lists the papers one
    # presenter reads, a line each closing with its venue and year after a <br>; each line is a paper (the row read whole
    # kept the first), its venue tag no part of its title (after "?" too), the presenter no author of any.
    ('a cell listing papers a line each with their venue tags', 'authors',
     '<table class="table table-hover table-striped text-left">\n'
     ' <thead class="thead-light">\n'
     '   <tr><th scope="col" class="col-md-3">時間</th><th scope="col" class="col-md-6">論文</th><th scope="col" class="col-md-3">発表者</th></tr>\n'
     ' </thead>\n'
     '<tr><td>14:20 - 14:30</td><td>Transformer Memory as a Differentiable Search Index (NeurIPS 2022)</td><td>中野 優（筑波大学）</td></tr>\n'
     '<tr><td>14:30 - 14:45</td><td>Do Loyal Users Enjoy Better Recommendations?: Understanding Recommender Accuracy from a Time Perspective (ICTIR 2022)<br>\n'
     'Quality Metrics in Recommender Systems: Do We Calculate Metrics Consistently? (RecSys 2021)<br>\n'
     'Exploring Data Splitting Strategies for the Evaluation of Recommendation Models (RecSys 2020)</td><td>栗本 真太郎（LINE株式会社）</td></tr>\n'
     '<tr><td>15:15 - 15:30</td><td>Efficient Neural Matrix Factorization without Sampling for Recommendation (TOIS)<br>\n'
     'Jointly Non-Sampling Learning for Knowledge Graph Enhanced Recommendation (SIGIR 2020)<br>\n'
     'Efficient Non-Sampling Factorization Machines for Optimal Context-Aware Recommendation (Webconf 2020)</td><td>富樫 陸（早稲田大学酒井研、株式会社サイバーエージェント）</td></tr>\n'
     '</table>\n',
     {'Transformer Memory as a Differentiable Search Index': [],
      'Do Loyal Users Enjoy Better Recommendations?: Understanding Recommender Accuracy from a Time Perspective': [],
      'Quality Metrics in Recommender Systems: Do We Calculate Metrics Consistently?': [],
      'Exploring Data Splitting Strategies for the Evaluation of Recommendation Models': [],
      'Efficient Neural Matrix Factorization without Sampling for Recommendation': [],   # (a journal's tag, as a conference's)
      'Jointly Non-Sampling Learning for Knowledge Graph Enhanced Recommendation': [],
      'Efficient Non-Sampling Factorization Machines for Optimal Context-Aware Recommendation': []}),
    # A reading group's programme (quoted from SIGIR Tokyo's IR Reading): a title with "!" inside, all of its table cell
    # but its venue tag, ends no sentence there; and a title that opens with a quote and goes on after it with a colon is
    # the record's whole title, not the quote's words alone.
    ('a title with an exclamation or a quoted head, all of its table cell', 'authors',
     '<table class="table table-hover table-striped text-left">\n'
     ' <thead class="thead-light">\n'
     '   <tr><th scope="col" class="col-md-3">時間</th><th scope="col" class="col-md-6">論文</th><th scope="col" class="col-md-3">発表者</th></tr>\n'
     ' </thead>\n'
     '<tr><td>14:25 - 14:35</td><td>On the Impact of Outlier Bias on User Clicks (SIGIR 2023)</td><td>新田洸平（筑波大学加藤研）</td></tr>\n'
     '<tr><td>14:35 - 14:50</td><td>Everyone’s a Winner! On Hyperparameter Tuning of Recommendation Models (RecSys 2023)</td><td>佃洸摂（産業技術総合研究所）</td></tr>\n'
     '<tr><td>16:50 - 17:00</td><td>“I\'m Looking for a Book with a Big Watermelon and Many Small Ants”: An Exploratory Study on a Visualized Search System for Preschoolers\' Picture Book Search (CHIIR 2025)<BR>Do Images Clarify? A Study on the Effect of Images on Clarifying Questions in Conversational Search (CHIIR 2025)</td><td>ファムフーロン（兵庫県立大学大島研）<BR>村本 直樹</td></tr>\n'
     '</table>\n',
     {'On the Impact of Outlier Bias on User Clicks': [],
      'Everyone’s a Winner! On Hyperparameter Tuning of Recommendation Models': [],
      "I'm Looking for a Book with a Big Watermelon and Many Small Ants: An Exploratory Study on a Visualized Search System for Preschoolers' Picture Book Search": [],
      'Do Images Clarify? A Study on the Effect of Images on Clarifying Questions in Conversational Search': []}),
    # A seminar's list of linked citations (quoted from a Korean reading group's list): the anchor holds the title, a
    # surname with "et al." and the year ("[BERT: ... Understanding, Devlin et al., 2018](arXiv)"); the title is the
    # anchor's head, the surname its author (the anchor read whole, as a paper link's anchor of title case words, had
    # taken the citation into the title).
    ('a linked citation with the title, a surname and et al. in the anchor', 'authors',
     '## NLP\n'
     '1. [Attention Is All You Need, Vaswani et al., 2017](https://arxiv.org/pdf/1706.03762.pdf)<br>**[[Presentation File]](/NLP/210510_Transformer.pdf)**\n'
     '2. [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding, Devlin et al., 2018](https://arxiv.org/pdf/1810.04805.pdf)<br>**[[Presentation File]](/NLP/210621_BERT.pdf)**\n'
     '3. [ALBERT: A Lite BERT for Self-supervised Learning of Language Representations, Lan et al., 2019](https://arxiv.org/pdf/1909.11942.pdf)<br>**[[Presentation File]](/NLP/220125_ALBERT.pdf)**\n',
     {'Attention Is All You Need': ['Vaswani'],
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding': ['Devlin'],
      'ALBERT: A Lite BERT for Self-supervised Learning of Language Representations': ['Lan']}),
    # A list item too long for a record, a linked title and then a note that names its author past its first five words
    # (quoted from a CHI 2018 trip report): the author's whole name, not its given name the cut left.
    ('a linked title then a note naming its author past the cut', 'authors',
     'Here are a subset of my favourite talks at this years CHI:\n'
     '\n'
     '- [Displaying Invisible Objects: Why People Rarely Re-read E-books](https://dl.acm.org/citation.cfm?id=3173713). This awesome work by Jane Gruning investigates how the affordances of digital objects support or undermine long-term relationships with those objects. In particular, she talked about how the visibility of paper books results in positive ongoing behaviors such as re-reading, whereas current systems for electronic books don\'t support such rich relationships.\n'
     '- [Sketch&Stitch: Interactive Embroidery for E-textiles](https://dl.acm.org/citation.cfm?id=3173656). Embroidery is one of my favourite forms of textile art, and the Sketch&Stitch platform is all about combining that technique with electronics. The authors even developed techniques to embroider sensors using conductive thread!\n',
     {'Displaying Invisible Objects: Why People Rarely Re-read E-books': ['Jane Gruning'],
      'Sketch&Stitch: Interactive Embroidery for E-textiles': []}),
    # Wiki links, as note-taking apps write them (quoted from a reading list kept in such notes): "[[file.pdf|Title]]"
    # is a link whose anchor is the title, to no web page; an embedded picture "![[Pasted image.png]]" is no word.
    ('wiki links with an alias, and an embed', 'authors',
     'List of research papers related to databases that I\'ve read and/or am interested in reading in the future.\n'
     '\n'
     '![[Pasted image 20231211100815.png]]\n'
     '\n'
     '* [ ] [[dbsp.pdf|DBSP: Automatic Incremental View Maintenance for Rich Query Languages]]\n'
     '* [ ] [[materialization-strategies.pdf|Materialization Strategies in a Column-Oriented DBMS]]\n',
     {'DBSP: Automatic Incremental View Maintenance for Rich Query Languages': [],
      'Materialization Strategies in a Column-Oriented DBMS': []}),
    # Pages' titles copied with their links, a library's or an index's name after a dash or a bar ("Title - ACL Anthology",
    # "Title - Semantic Scholar"): the paper's title without the site's name (none of the catalogue's 155k ends so).
    ('page titles ending in a library name', 'authors',
     '## Reading list\n'
     '\n'
     '- [Sparse Gizmo Attention at Scale - ACL Anthology](https://aclanthology.org/2023.acl-long.1/)\n'
     '- [Learning to Rank Sprockets | Papers With Code](https://paperswithcode.com/paper/learning-to-rank-sprockets)\n'
     '- [Efficient Gizmo Search - Semantic Scholar](https://www.semanticscholar.org/paper/abc)\n'
     '- [Neural Sprocket Fields - ScienceDirect](https://www.sciencedirect.com/science/article/pii/S000000)\n',
     {'Sparse Gizmo Attention at Scale': [], 'Learning to Rank Sprockets': [], 'Efficient Gizmo Search': [],
      'Neural Sprocket Fields': []}),
    # A lab's news item (quoted from a group's news page): "- [Name](page) will be presenting [Title]() at the ..." — the
    # item's subject, after the list's mark, is the author of the title the verb leads to.
    ('a news item whose subject will be presenting a linked title', 'authors',
     '## Recent News\n'
     '\n'
     '# 2019\n'
     '- [David Jensen](http://cs.umass.edu/~jensen) will be presenting [Object Conditioning for Causal Inference]() at the [Conference on Uncertainty in Artificial Intelligence] in Tel Aviv. (July 2019)\n'
     '- [Ana Souza](http://cs.example.edu/~souza) presented [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) at the WidgetConf conference. (May 2019)\n',
     {'Object Conditioning for Causal Inference': ['David Jensen'], 'Widget Nets for Gizmo Parsing': ['Ana Souza']}),
    # A reader's notes on ACL 2023's proceedings (quoted): a list a sentence announces as "the list of topics in its Call
    # for Papers" names research areas, no papers; and an item over nested notes that cite works by surname and year
    # ("- understanding LLMs" / "  - they don't get jokes ([Hessel et al., 2023](url))") is their category, no paper.
    ('a list announced as topics, and categories over cited works', 'authors',
     'Below is the list of topics in its [Call for Papers](https://2023.aclweb.org/calls/main_conference/), where I bold-faced the topics I am interested in:\n'
     '- Computational Social Science and Cultural Analytics\n'
     '- **Dialogue and Interactive Systems**\n'
     '- Discourse and Pragmatics\n'
     '- Information Retrieval and Text Mining\n'
     '- Interpretability and Analysis of Models for NLP\n'
     '- **Language Grounding to Vision, Robotics and Beyond**\n'
     '- **Multilingualism and Cross-Lingual NLP**\n'
     '- Syntax: Tagging, Chunking and Parsing\n'
     '\n'
     'Then I went to see the best papers there. Here are those that I find most interesting, grouped by topics:\n'
     '- understanding LLMs\n'
     '\t- not quite superhuman-level yet ([Tedeschi et al., 2023](https://aclanthology.org/2023.acl-long.697.pdf))\n'
     '\t- they don\'t get jokes ([Hessel et al., 2023](https://aclanthology.org/2023.acl-long.41/))\n'
     '- transfer learning to new languages\n'
     '\t- a good project on transfering to an African language ([Gaim et al., 2023](https://aclanthology.org/2023.acl-long.661.pdf))\n'
     '\t- data for 500 languages ([Imani et al., 2023](https://aclanthology.org/2023.acl-long.61/))\n',
     {}),
    # Notes on MT papers at ACL and EMNLP (quoted): a circled number before a heading's title is the writer's numbering;
    # a link whose anchor is the authors' names ("[Felix Stahlberg and Bill Byrne](paper)", "[Bender and Koller (2020)](…)")
    # cites a paper without its title; "Figure 1 of the paper" names a part of one.
    ('circled numbers, name anchors and figure references', 'authors',
     '## ① [Digital Voicing of Silent Speech](https://www.aclweb.org/anthology/2020.emnlp-main.445)\n'
     '\n'
     'It is nicely illustrated in Figure 1 of the paper that compares the importance of the signals.\n'
     '\n'
     '* Beam search size matters! The larger the beam, the more hallucination. That\n'
     '  confirms what [Felix Stahlberg and Bill\n'
     '  Byrne](https://www.aclweb.org/anthology/D19-1331) showed that there is\n'
     '  something wrong in the way we think we model the sequence probabilities.\n'
     '\n'
     'things.  For instance, [Bender and Koller (2020)](https://aclanthology.org/2020.acl-main.463/) argue that form is not meaning.\n',
     {'Digital Voicing of Silent Speech': []}),
    # A conference's accepted papers as HTML lines (quoted from EACL's list): "<b>Title</b><br/>A, B and C<br/><br/>", a
    # record a line pair; a bold title under a byline is the next record's title, no track's label between a title and
    # its names; and "Schulte im Walde" keeps its particle and last part.
    ('bold titles over bylines, line pairs in one paragraph', 'authors',
     '# Long Papers\n'
     '\n'
     '<b>A Human Subject Study of Named Entity Recognition in Conversational Music Recommendation Queries</b><br/>Elena V. Epure and Romain Hennequin<br/><br/>\n'
     '<b>A Hybrid Detection and Generation Framework with Separate Encoders for Event Extraction</b><br/>Ge Shi, Yunyue Su, Yongliang Ma and Ming Zhou<br/><br/>\n'
     '<b>A Kind Introduction to Lexical and Grammatical Aspect, with a Survey of Computational Approaches</b><br/>Annemarie Friedrich, Nianwen Xue and Alexis Palmer<br/><br/>\n'
     '<b>A Systematic Search for Compound Semantics in Pretrained BERT Architectures</b><br/>Filip Miletic and Sabine Schulte im Walde<br/><br/>\n'
     '<b>A Two-Sided Discussion of Preregistration of NLP Research</b><br/>Anders Søgaard, Daniel Hershcovich and Miryam de Lhoneux<br/><br/>\n',
     {'A Human Subject Study of Named Entity Recognition in Conversational Music Recommendation Queries': ['Elena V. Epure', 'Romain Hennequin'],
      'A Hybrid Detection and Generation Framework with Separate Encoders for Event Extraction': ['Ge Shi', 'Yunyue Su', 'Yongliang Ma', 'Ming Zhou'],
      'A Kind Introduction to Lexical and Grammatical Aspect, with a Survey of Computational Approaches': ['Annemarie Friedrich', 'Nianwen Xue', 'Alexis Palmer'],
      'A Systematic Search for Compound Semantics in Pretrained BERT Architectures': ['Filip Miletic', 'Sabine Schulte im Walde'],
      'A Two-Sided Discussion of Preregistration of NLP Research': ['Anders Søgaard', 'Daniel Hershcovich', 'Miryam de Lhoneux']}),
    # A list of papers that use a library (quoted from its README): a heading over a linked title whose nested field
    # gives its authors ("## Reinforcement Learning" / "- [SURREAL: Open-Source ...](pdf)" / "  - Authors: A, B") — the
    # linked title is no field the heading's byline comes after ("SURREAL:" is no field's name); and a linked title with
    # its first author right after the link, no comma between ("[Title](url) Mark Beliaev, Andy Shih").
    ('a linked title with an acronym head under a heading, and names right after a link', 'authors',
     '# Papers using robosuite\n'
     '\n'
     '## Reinforcement Learning\n'
     '\n'
     '- [SURREAL: Open-Source Reinforcement Learning Framework and Robot Manipulation Benchmark](http://svl.stanford.edu/assets/papers/fan2018corl.pdf)\n'
     '  - Authors: Linxi Fan\\*, Yuke Zhu\\*, Jiren Zhu, Zihua Liu, Orien Zeng, Anchit Gupta, Joan Creus-Costa, Silvio Savarese, Li Fei-Fei\n'
     '\n'
     '## 2022\n'
     '\n'
     '- [Imitation Learning by Estimating Expertise of Demonstrators](https://arxiv.org/abs/2202.01288) Mark Beliaev, Andy Shih, Stefano Ermon, Dorsa Sadigh, Ramtin Pedarsani\n',
     {'SURREAL: Open-Source Reinforcement Learning Framework and Robot Manipulation Benchmark':
          ['Linxi Fan', 'Yuke Zhu', 'Jiren Zhu', 'Zihua Liu', 'Orien Zeng', 'Anchit Gupta', 'Joan Creus-Costa', 'Silvio Savarese', 'Li Fei-Fei'],
      'Imitation Learning by Estimating Expertise of Demonstrators': ['Mark Beliaev', 'Andy Shih', 'Stefano Ermon', 'Dorsa Sadigh', 'Ramtin Pedarsani']}),
    # A lab's news item (quoted from a group's news page): the subject is a link's whole anchor, a person's page, whose
    # given name no lexicon knows ("[Akanksha Atrey](page) presented [Title](arXiv) at ..."): the author all the same;
    # a group's page with an acronym ("[Stanford NLP](page) presented ...") is no person.
    ('a linked subject whose given name no lexicon knows', 'authors',
     '- [Akanksha Atrey](http://cs.umass.edu/~aatrey) presented [Identifying When Effect Restoration Will Improve Estimates of Causal Effect](https://arxiv.org/abs/1806.00000) at the SIAM Data Mining conference. (May 2019)\n'
     '- [Widget NLP](http://widget.example.edu/nlp) presented [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) at WidgetConf. (May 2019)\n',
     {'Identifying When Effect Restoration Will Improve Estimates of Causal Effect': ['Akanksha Atrey'],
      'Sparse Gizmo Attention at Scale': []}),
    # A workshop note's bare links, a line each (quoted from a reader's NAACL 2022 notes): a title in sentence case
    # whose tail has the "Head: Subtitle" shape prose titles have ("... model Adaptive Fine-Tuning: A Study ...") is the
    # whole anchor, not that tail.
    ('a linked line whose title has a Title Case tail after a colon', 'authors',
     '[Clean or Annotate: How to Spend a Limited Data Collection Budget](https://aclanthology.org/2022.deeplo-1.17.pdf)\n'
     '\n'
     '\n'
     '[Multilingual language model Adaptive Fine-Tuning: A Study on African Languages](https://openreview.net/forum?id=HKW4Kqf4I-9)\n'
     '\n'
     'Graham Neubig - Talk about [AutoLEX](https://www.autolex.co/)\n',
     {'Clean or Annotate: How to Spend a Limited Data Collection Budget': [],
      'Multilingual language model Adaptive Fine-Tuning: A Study on African Languages': []}),
    # A programme's numbered list of talks (quoted from a reader's ICML 2019 summary): "On the Convergence and Robustness of
    # Adversarial Training" is made of area phrases and filler, but no area heading opens with "On the": a paper. A two-word
    # "On Fairness" stays a heading.
    ('a numbered title opening "On the" made of area phrases', 'authors',
     '### Day 2\n'
     '\n'
     '7. On the Convergence and Robustness of Adversarial Training [[Web](https://icml.cc/Conferences/2019/ScheduleMultitrack?event=4478)]\n'
     '8. Distributed Learning with Sublinear Communication [[Web](https://icml.cc/Conferences/2019/ScheduleMultitrack?event=5030)]\n'
     '9. Complexity of Linear Regions in Deep Networks [[Web](https://icml.cc/Conferences/2019/ScheduleMultitrack?event=4379)]\n',
     {'Complexity of Linear Regions in Deep Networks': [],
      'On the Convergence and Robustness of Adversarial Training': [],
      'Distributed Learning with Sublinear Communication': []}),
    # A course page's pointers to proceedings (quoted from an IR course's project page): an event's name opening the
    # anchor, after its acronym ("CHIIR: Conference on ..."), linked to its proceedings, is no paper.
    ('proceedings linked under their events\' names', 'authors',
     'To get inspired, take a look at recent conference proceedings at the major IR conferences:\n'
     '- [CIKM: Conference on Information and Knowledge Management](https://dl.acm.org/citation.cfm?id=3132847)\n'
     '- [CHIIR: Conference on Human Information Interaction and Retrieval](https://dl.acm.org/citation.cfm?id=3020165)\n'
     '\n'
     '### List of papers\n'
     '\n'
     '- [QWERTY: The Effects of Typing on Web Search Behaviour](http://marksanderson.org/publications/my_papers/CHIIR2018-Kevin.pdf)\n'
     '- [Time Pressure and System Delays in Information Search](https://dl.acm.org/citation.cfm?id=2767817)\n',
     {'QWERTY: The Effects of Typing on Web Search Behaviour': [],
      'Time Pressure and System Delays in Information Search': []}),
    # A course page's pointer to a benchmark (quoted from an IR course's project page): "[TREC](…/pubs/…)" names an
    # evaluation campaign, a venue like the conferences, not a paper.
    ('a linked benchmark campaign in prose', 'authors',
     'One option is to participate in a benchmark. The most popular benchmark is [TREC](http://trec.nist.gov/pubs/call2018.html) (note that we have some older TREC corpora as well, contact us to hear which ones).\n'
     '\n'
     '### List of papers\n'
     '\n'
     '- [Time Pressure and System Delays in Information Search](https://dl.acm.org/citation.cfm?id=2767817)\n'
     '- [An Eye-Tracking Study of Query Reformulation](https://dl.acm.org/citation.cfm?id=2767703)\n',
     {'Time Pressure and System Delays in Information Search': [],
      'An Eye-Tracking Study of Query Reformulation': []}),
    # A reader's notes, a heading a paper (quoted from notes on NAACL 2019): the writer's note in brackets before the
    # title ("(Could not attend)", "(Poster)") is left out of the record, as a venue's tag is; the segmenter read the
    # heading whole without it, the names after the title's full stop as its authors.
    ('headings of papers behind the writer\'s bracketed note', 'authors',
     '## Keyphrase Extraction :key::bookmark_tabs:\n'
     '\n'
     '##### :boom: (Poster) Glocal: Incorporating Global Information in Local Convolution for Keyphrase Extraction\n'
     '\n'
     '##### (Could not attend) Keyphrase Generation: A Text Summarization Struggle. Erion Çano and Ondřej Bojar\n'
     '\n'
     '##### (Poster) An Integrated Approach for Keyphrase Generation via Exploring the Power of Retrieval and Extraction.\n',
     {'Glocal: Incorporating Global Information in Local Convolution for Keyphrase Extraction': [],
      'Keyphrase Generation: A Text Summarization Struggle': ['Erion Çano', 'Ondřej Bojar'],
      'An Integrated Approach for Keyphrase Generation via Exploring the Power of Retrieval and Extraction': []}),
    # A reading group's table (quoted from a lab's journal-club page): the presenter, the linked title, a slash and the
    # venue's acronym ("[Title](url) / ICLR"): the venue is no part of the title.
    ('a linked title then a slash and its venue in a table cell', 'authors',
     '| 発表者 | 論文名 | スライド等 |\n'
     '|------|------|------------|\n'
     '| 野沢 | [Alternative structures for character-level RNNs](https://research.facebook.com/publications/alternative-structures-for-character-level-rnns/) / ICLR| [資料](http://nzw0301.github.io/2016/09/AlternativeStructuresForCharacterLevelRNNs) |\n'
     '| 平松 | [Cultural Shift or Linguistic Drift? Comparing Two Computational Measures of Semantic Change](https://arxiv.org/abs/1606.02821) / EMNLP | |\n',
     {'Alternative structures for character-level RNNs': [],
      'Cultural Shift or Linguistic Drift? Comparing Two Computational Measures of Semantic Change': []}),
    # A reading list of a venue's papers (quoted from an IJCAI 2020 list): a bold title, then its reference quoted
    # under it, "A, B, C, etc. Title. in Proceedings of ...": the reference's own reading (from "etc." to the
    # proceedings) is no paper's title, and gives back the names it took from the bold title's record.
    ('a bold title over its quoted reference whose names end in etc.', 'authors',
     '\n'
     '- **An Algorithm for Multi-Attribute Diverse Matching.**\n'
     "    > Saba Ahmadi, Faez Ahmed, John P. Dickerson, etc. An Algorithm for Multi-Attribute Diverse Matching. in Proceedings of the Twenty-Ninth International Joint Conference on Artificial Intelligence, IJCAI 2020(IJCAI' 20). 3-9. [paper](https://doi.org/10.24963/ijcai.2020/1)\n"
     '\n'
     '\n'
     '- **Intention Progression under Uncertainty.**\n'
     "    > Yuan Yao, Natasha Alechina, Brian Logan, etc. Intention Progression under Uncertainty. in Proceedings of the Twenty-Ninth International Joint Conference on Artificial Intelligence, IJCAI 2020(IJCAI' 20). 10-16. [paper](https://doi.org/10.24963/ijcai.2020/2)\n",
     {'An Algorithm for Multi-Attribute Diverse Matching': ['Saba Ahmadi', 'Faez Ahmed', 'John P. Dickerson'],
      'Intention Progression under Uncertainty': ['Yuan Yao', 'Natasha Alechina', 'Brian Logan']}),
    # A reader's notes on ECCV 2024 (quoted, the topic item's own title left out): under a topic, "Papers: \[ECCV24\] Title",
    # a field's name and the venue's tag before the title; the segmenter read the title once both were left out.
    ('a papers field naming a venue-tagged title under a topic', 'authors',
     '### Conferences\n'
     'ECCV2024: [paperlist](https://docs.google.com/spreadsheets/d/1G8FQNlitoRr1oK2-LZEloeg0_VBP-E0J_WoSXqAhxNo/pubhtml#), [conference page](https://eccv2024.ecva.net/)\n'
     '\n'
     '\n'
     '- SuperPrimitive: Scene Reconstruction at a Primitive Level\n'
     '  \n'
     '  语义（实例）+重建。同时做分割+法向估计。展示了稠密重建、稠密VO。\n'
     '\n'
     '- RIGA: Rotation-Invariant and Globally-Aware Descriptors for Point Cloud Registration\n'
     '  \n'
     '  3d point cloud registration. Use **rotation-invariant PPF**(sec3.2).\n'
     '\n'
     '- Flow matching\n'
     '  \n'
     '  "Flow matching" refers to a type of generative models, which enables the modeling of **an optimal transport conditional probability path between two distributions**.\n'
     '\n'
     '  Tutorial: [Cambridge MLG](https://mlg.eng.cam.ac.uk/blog/2024/01/20/flow-matching.html), [CSDN](https://blog.csdn.net/weixin_44966641/article/details/139842872)\n'
     '  \n'
     '  Papers: \\[ECCV24\\] Boosting Latent Diffusion with Flow Matching\n',
     {'SuperPrimitive: Scene Reconstruction at a Primitive Level': [], 'RIGA: Rotation-Invariant and Globally-Aware Descriptors for Point Cloud Registration': [], 'Boosting Latent Diffusion with Flow Matching': []}),
    # A session letter and number before a title that opens with a number ("B8. 3D ..."): the label is cut as before a word.
    ("letter_number_label_before_a_number", "authors",
     "## External posters\n\n<span>B7. Solving Widget Tasks with a Slot Gizmo</span>\n<br /><i>Ryan Faulk, Dana Zorn</i>\n\n"
     "<span>B8. 3D Equivariant Gizmo Implicit Functions</span>\n<br /><i>Yun Chen, Basil Fernando, and Hakan Bilen</i>\n",
     {"Solving Widget Tasks with a Slot Gizmo": ["Ryan Faulk", "Dana Zorn"],
      "3D Equivariant Gizmo Implicit Functions": ["Yun Chen", "Basil Fernando", "Hakan Bilen"]}),
    # A reading list written as headings with nothing under them, its topics one level up ("##Topic" / "###Title").
    ("bare_headings_of_one_level", "authors",
     "Notes on the papers of the conference\n\n##Attention\n\n###Sparse Widget Networks for Gizmo Classification\n\n"
     "##Recurrent Models\n\n###Learning Gizmo Representations for Bidirectional Widget Networks\n\n"
     "###Top-down Tree Widget Memory Networks\n\n###A Widget Memory Framework for Predicting Humor in Gizmos\n",
     {"Sparse Widget Networks for Gizmo Classification": [],
      "Learning Gizmo Representations for Bidirectional Widget Networks": [],
      "Top-down Tree Widget Memory Networks": [], "A Widget Memory Framework for Predicting Humor in Gizmos": []}),
    # "Name,Affiliation; Name,Affiliation" under the title: the affiliation after the comma is no title of its own.
    ("affiliation_glued_after_each_name", "authors",
     "##Web Mining\nDiscovering Valuable Widgets from Massive Data\nAna Souza,Widget University; Ben Park,Gizmo Research\n(Paper ID:593)\n\n"
     "Widget Placement Problem and Its Solutions\nShuhei Tanaka,The University of Widgets; Yuto Matsu,The University of Widgets\n"
     "(Paper ID:516)\n\nOnline Widget Maximization\nSiyu Lei,University of Gizmos; Luyi Mo,National Institute of Widgets\n(Paper ID:77)\n",
     {"Discovering Valuable Widgets from Massive Data": ["Ana Souza", "Ben Park"],
      "Widget Placement Problem and Its Solutions": ["Shuhei Tanaka", "Yuto Matsu"],
      "Online Widget Maximization": ["Siyu Lei", "Luyi Mo"]}),
    # A list item of one line that is a title alone, the next item its byline (emphasised or not), then its date.
    ("byline_item_after_a_title_item", "authors",
     "## Papers implemented\n\n##### [Auto-Encoding Variational Widgets]\n- Auto-Encoding Variational Widgets [[pdf]](https://arxiv.org/pdf/1312.6114.pdf)\n"
     "- *Dirk P Kingston, Max Wellman*\n- `2013-12-20`\n\n##### [Generative Adversarial Gizmos]\n"
     "- Generative Adversarial Gizmos [[pdf]](https://arxiv.org/pdf/1406.2661.pdf)\n- Ian J. Goodman, Jean Pouget, Mehdi Mirza, Bing Xu\n- `2014-06-10`\n",
     {"Auto-Encoding Variational Widgets": ["Dirk P Kingston", "Max Wellman"],
      "Generative Adversarial Gizmos": ["Ian J. Goodman", "Jean Pouget", "Mehdi Mirza", "Bing Xu"]}),
    # A record's fields as items under its heading, one of them the proceedings it appeared in: no title of its own.
    ("proceedings_field_under_a_heading", "authors",
     "# Three-line summaries of papers\n\n###### Semantic Similarity Models for Widget Severity Estimation (https://aclanthology.org/2031.emnlp-main.1000/)\n"
     "- Anthology ID: 2031.emnlp-main.1000 \n- Volume: Proceedings of the 2031 Conference on Empirical Methods in Widget Processing \n"
     "- Authors: Ana Souza | Ben Park | Kalika Bali \n- Summary: \n    1. 이 논문은 사회적 미디어를 통해 얻은 대중 정보를 활용하여.\n\n"
     "###### Hop, Union, Generate: Explainable Multi-hop Widget Reasoning (https://aclanthology.org/2031.emnlp-main.1001/)\n"
     "- Anthology ID: 2031.emnlp-main.1001 \n- Volume: Proceedings of the 2031 Conference on Empirical Methods in Widget Processing \n"
     "- Authors: Dana Levi | Juan Pinto \n- Summary: \n    1. 설명 가능한 멀티합 질문응답 시스템은.\n",
     {"Semantic Similarity Models for Widget Severity Estimation": ["Ana Souza", "Ben Park", "Kalika Bali"],
      "Hop, Union, Generate: Explainable Multi-hop Widget Reasoning": ["Dana Levi", "Juan Pinto"]}),
    # A programme's papers as divs, title then byline (EMNLP 2022 accepted papers): the title's last word, which the
    # segmenter reads as the byline's first name on the next line, stays in the title.
    ("title_tail_over_a_byline_div", "authors",
     '<div class="emnlp-paper-title"> Q-TOD: A Query-driven Task-oriented Dialogue System </div>\n<div class="emnlp-paper-authors"> Xin Tian, Yingzhan Lin, Mengfei Song, Siqi Bao, Fan Wang, Huang He, Shuqi SUN and Hua Wu </div>\n</div>\n</div>\n    \n<div class=emnlp-paper>\n<div class="emnlp-paper-time"> 15:30-17:00 </div>\n<div class="emnlp-paper-content">\n<div class="emnlp-paper-title"> Dial2vec: Self-Guided Contrastive Learning of Unsupervised Dialogue Embeddings </div>\n<div class="emnlp-paper-authors"> Che Liu, Rui Wang, Junfeng Jiang, Yongbin Li and Fei Huang </div>\n</div>\n',
     {"Q-TOD: A Query-driven Task-oriented Dialogue System": ["Xin Tian", "Yingzhan Lin", "Mengfei Song", "Siqi Bao", "Fan Wang", "Huang He", "Shuqi SUN", "Hua Wu"],
      "Dial2vec: Self-Guided Contrastive Learning of Unsupervised Dialogue Embeddings": ["Che Liu", "Rui Wang", "Junfeng Jiang", "Yongbin Li", "Fei Huang"]}),
    # A linked title that opens with a list of words ("Divide, Conquer, and Combine: ..."): its first word is no
    # citation's surname before the title.
    ("title_opening_with_a_list_of_words", "authors",
     '## 1.Dialogue\n\n| 36            | [Divide, Conquer, and Combine: Mixture of Semantic-Independent Widgets for Zero-Shot Gizmo Tracking](https://aclanthology.org/2031.acl-long.114/)<br />划分、征服和合并 | 2031 july | 为了能在零研究迁移学习即在没有领域内数据的情况下提高DST的性能。 |\n| 37            | [Synthesize, Prompt and Transfer: Zero-shot Widget Generation with Pre-trained Gizmo Models](https://aclanthology.org/2031.acl-long.500/)<br />合成、提示和迁移 | 2031 july | 提出ZeroCQG，要求它不需要人工标记的对话进行训练。 |\n| 39* day7      | [BREAK: Breaking the Widget Tracking Barrier with Beam Search and Re-ranking](https://aclanthology.org/2031.acl-long.159/)用bean搜索和重排打破DST障碍 | 2031 july | 引入了一个新的框架BREAK，它执行DST分为两个阶段。 |\n',
     {"Divide, Conquer, and Combine: Mixture of Semantic-Independent Widgets for Zero-Shot Gizmo Tracking": [],
      "Synthesize, Prompt and Transfer: Zero-shot Widget Generation with Pre-trained Gizmo Models": []}),
    # References as Scholar's Harvard format gives them, the month after the year ("..., 2031, May. Title. In ..."), one
    # of them too long for a record line.
    ("harvard_reference_with_its_month", "authors",
     "# Papers\n\n"
     "* Song, S., Kim, J. and Yamane, K., 2015, May. Development of a bipedal widget that walks like an animation character. In IEEE International Conference on Widgets and Automation (pp. 3596-3602). IEEE.\n"
     "* Gehring, C., Coros, S., Hutter, M., Bloesch, M. and Siegwart, R., 2014, May. Towards automatic discovery of agile gizmos for quadrupedal widgets. In IEEE International Conference on Widgets and Automation (pp. 4243-4248). IEEE.\n"
     "* Park, B. and Souza, A., 2016, Dec. Sparse widget kernels. In Advances in Gizmo Processing Systems (pp. 1-9).\n",
     {"Development of a bipedal widget that walks like an animation character": ["S. Song", "J. Kim", "K. Yamane"],
      "Towards automatic discovery of agile gizmos for quadrupedal widgets": ["C. Gehring", "S. Coros", "M. Hutter", "M. Bloesch", "R. Siegwart"],
      "Sparse widget kernels": ["B. Park", "A. Souza"]}),
    # A title whose head ends in a cue's word before its colon ("Explain What You See: ..."): no "See: Title" of the writer.
    ("title_head_ending_in_see", "authors",
     "## Paper List\n\n- Explain What You See: Open-Ended Widget Segmentation of Occluded 3D Gizmos\n"
     "[[Abstract]](https://events.example.org/presentation?id=92201)\n\n"
     "- GMCR: Graph-Based Maximum Consensus Estimation for Widget Registration\n[[Abstract]](https://events.example.org/presentation?id=92204)\n\n"
     "- Toward Cooperative 3D Gizmo Reconstruction with Multi-Agent Widgets\n[[Abstract]](https://events.example.org/presentation?id=92207)\n",
     {"Explain What You See: Open-Ended Widget Segmentation of Occluded 3D Gizmos": [],
      "GMCR: Graph-Based Maximum Consensus Estimation for Widget Registration": [],
      "Toward Cooperative 3D Gizmo Reconstruction with Multi-Agent Widgets": []}),
    # Prose that links each paper by its authors' names only ("[Li and Wei et. al.](arXiv)", "[Bernholt and Shelvan](arXiv)"):
    # citations, no titles.
    ("linked_author_names_in_prose", "authors",
     "## Understanding the Dynamics of Widget Networks\n\nIn their work [Lind and Weir et. al.](https://arxiv.org/pdf/1907.04595.pdf) analyzed "
     "the learning behavior of a small widget network trained with a large learning rate. [Levant and Duchamp](https://arxiv.org/pdf/1909.10455.pdf) "
     "provided analyses on the gradient geometries of gizmos.\n\nWorks from [Jordon et. al.](https://papers.example.cc/paper/8684.pdf), "
     "and [Bernholt and Shelvan](https://arxiv.org/pdf/1910.13153.pdf) developed differentially private variants of widget histograms.\n",
     {}),
    # Two works in a sentence, each with its venue in (escaped) brackets: the first title ends at its bracket.
    ("two_works_each_with_its_venue_bracket", "authors",
     "## Canopy\n\n캐노피도 물론 기존에 잘 만들어진 성능 분석 도구를 아예 안 쓰지는 않았다. X-Widget: A Pervasive Gizmo Tracing Framework\\(NSDI 2007\\), "
     "Dapper: a Large-Scale Distributed Widget Tracing Infrastructure\\(Google Tech report, 2010\\) 를 핵심 엔진으로 사용하고 있다.\n",
     {"X-Widget: A Pervasive Gizmo Tracing Framework": []}),
    # Prose titles whose bylines link the names, inline or by reference, perhaps after plain ones (a blog's ICML and
    # COLT 2009 highlights: "_[Title][ref]_ by [Ana Souza][souza], [Ben Park][park] and ...").
    ("prose_byline_of_linked_names", "authors",
     "## ICML\n\nOne theory paper I really liked was _[PAC-Bayesian Learning of Linear Widgets](http://conf.example.net/icml/paper/89)_ "
     "by Pascal Germain, Alexandre Lacasse, [François Laviolette](http://example.ca/~laviolette/) and [Mario Marchand](http://example.ca/~marchand/). "
     "They give a general statement.\n\nAlthough I didn't follow the active learning aspects of _[Learning from Widgets in Exponential Families][measurements]_ "
     "by [Percy Liang][liang], [Dan Klein][klein] and [Michael Jordan][jordan], I did think their introduction was elegant.\n\n"
     "[measurements]: http://conf.example.net/icml/paper/393\n[liang]: http://www.example.edu/~pliang/\n"
     "[jordan]: http://www.example.edu/~jordan\n[klein]: http://www.example.edu/~klein\n",
     {"PAC-Bayesian Learning of Linear Widgets": ["Pascal Germain", "Alexandre Lacasse", "François Laviolette", "Mario Marchand"],
      "Learning from Widgets in Exponential Families": ["Percy Liang", "Dan Klein", "Michael Jordan"]}),
    # An accepted-papers list, each item "– Names. Title" with blank lines between; one of one author and a sentence-case
    # title, one with the writer's starred note after it ("(*to be merge)").
    ("names_stop_title_items_one_author", "authors",
     '**COLT 2031 accepted papers**\n\n\n\n– Shachar Lovett and Jiapeng Zhang. Noisy Widget Recovery from Unknown Noise\n\n\n\n\n– Michal Moshkovitz and Dana Moshkovitz. Mixing Implies Lower Bounds for Space Bounded Widgets\n\n\n– Andreas Maurer. A second-order look at stability and gizmos\n\n\n– Eric Balkanski and Yaron Singer. The Sample Complexity of Optimizing a Convex Widget\n\n– Jerry Li. Robust Sparse Widget Tasks in High Dimensions (*to be merge)\n\n– Arpit Agarwal, Shivani Agarwal, Sepehr Assadi and Sanjeev Khanna. Learning with Limited Rounds of Adaptivity: Coin Tossing, Multi-Armed Bandits, and Ranking from Pairwise Widgets\n',
     {"Noisy Widget Recovery from Unknown Noise": ["Shachar Lovett", "Jiapeng Zhang"],
      "Mixing Implies Lower Bounds for Space Bounded Widgets": ["Michal Moshkovitz", "Dana Moshkovitz"],
      "A second-order look at stability and gizmos": ["Andreas Maurer"],
      "The Sample Complexity of Optimizing a Convex Widget": ["Eric Balkanski", "Yaron Singer"],
      "Robust Sparse Widget Tasks in High Dimensions": ["Jerry Li"],
      "Learning with Limited Rounds of Adaptivity: Coin Tossing, Multi-Armed Bandits, and Ranking from Pairwise Widgets":
          ["Arpit Agarwal", "Shivani Agarwal", "Sepehr Assadi", "Sanjeev Khanna"]}),
    # A reading list of references in four styles (Chicago, MLA, Vancouver, APA, ACM): the Vancouver one's venue after "In:" is
    # no part of its title.
    ("reference_styles_in_a_reading_list", "authors",
     "## Reading list\n\n1. Souza, Ana, and Ben Park. \"Sparse widget kernels for gizmo parsing.\" In Proceedings of the Conference on Widgets, pp. 1-9. 2031.\n"
     "2. Levi, Dana, et al. \"Dense gizmo attention at scale.\" Advances in Widget Processing Systems 34 (2031): 100-110.\n"
     "3. Novak E, Rossi L, Wei C. Learning widget embeddings from gizmo graphs. In: Proc. WCONF; 2031. p. 1-10.\n"
     "4. Haddad, O. & Katz, E. (2031). Widget nets revisited. Journal of Gizmo Research, 12(3), 45-67.\n"
     "5. Omar Haddad, Emil Katz. 2031. Towards robust widget retrieval. In Proceedings of the 44th International Conference on Widgets. ACM, 11–20.\n",
     {"Sparse widget kernels for gizmo parsing": ["Ana Souza", "Ben Park"], "Dense gizmo attention at scale": ["Dana Levi"],
      "Learning widget embeddings from gizmo graphs": ["Novak E", "Rossi L", "Wei C."], "Widget nets revisited": ["O. Haddad", "E. Katz"],
      "Towards robust widget retrieval": ["Omar Haddad", "Emil Katz"]}),
    # A reading group's past sessions: "(**date**) [Title](url) by Surnames. _Presenter: Name_." The presenter field is no
    # title, and one surname after "by" ending the title run is its byline.
    ("reading_group_sessions_with_presenters", "authors",
     "## Presentations\n\n### Past\n\n* (**Apr 18, '31**) [Neural Ordinary Widget Equations](https://arxiv.org/pdf/1806.07366.pdf) by Chen, Rubanova, Bettencourt and Duvenaud. _Presenter: Thibaut Lienart_.\n* (**Mar 7, '31**) [Adaptive Gizmo Analysis](https://simons.example.edu/talks/roth) by Roth. _Presenter: Ben Rubinstein_.\n* (**Feb 21, '31**) [Conservative contextual linear widgets](https://papers.nips.cc/paper/6980-conservative-contextual-linear-bandits) by Kazerouni et al. _Presenter: Masoud Khorasani_.\n* (**Feb 14, '31**) [Is Q-Learning provably widget-efficient](https://papers.nips.cc/paper/7735.pdf) by Jin et al. _Presenter: Neil Merchant_.\n",
     {"Neural Ordinary Widget Equations": ["Chen", "Rubanova", "Bettencourt", "Duvenaud"], "Adaptive Gizmo Analysis": ["Roth"],
      "Conservative contextual linear widgets": ["Kazerouni"], "Is Q-Learning provably widget-efficient": ["Jin"]}),
    # A programme's list (ICRA 2020 awards): "Author: Surname, Given | Affiliation" lines and a "keyword:" field under each
    # title. The keywords are no titles, and an institute "of" a place with "of" inside is an affiliation, not a title.
    ("author_fields_and_keyword_field", "authors",
     '## Awards I: Service Robots; Medical Robotics\n- Online Widget Planning through Combined Trajectory Optimization: Application to the Gizmo Atalante\n\n    Author: Duburcq, Alexis | Wandercraft\n    Author: Chevaleyre, Yann | Univ. Paris Dauphine\n \n    keyword: Task Planning; Optimization and Optimal Control; Humanoid and Bipedal Locomotion\n\n- A Multilayer Fusion Architecture for Pattern Recognition of Natural Widget Manipulations\n\n    Author: Zhou, Xiao-Hu | Institute of Automation, Chinese Academy of Sciences\n    Author: Xie, Xiaoliang | Institute of Automation Chinese Academy of Sciences\n    Author: Feng, Zhen-Qiu | Institute of Automation Chinese Academy of Sciences\n    Author: Hou, Zeng-Guang | Institute of Automation Chinese Academy of Sciences\n \n    keyword: Surgical Robotics: Planning; Deep Learning in Robotics and Automation; Medical Robots and Systems\n\n- Efficient Multi-Agent Gizmo Planning with Feasibility Guarantee\n\n    Author: Park, Jungwon | Seoul National University\n    Author: Kim, Junha | Seoul National University\n \n    keyword: SLAM; Visual-Based Navigation; Deep Learning in Robotics and Automation\n',
     {"Online Widget Planning through Combined Trajectory Optimization: Application to the Gizmo Atalante": ["Alexis Duburcq", "Yann Chevaleyre"],
      "A Multilayer Fusion Architecture for Pattern Recognition of Natural Widget Manipulations":
          ["Xiao-Hu Zhou", "Xiaoliang Xie", "Zhen-Qiu Feng", "Zeng-Guang Hou"],
      "Efficient Multi-Agent Gizmo Planning with Feasibility Guarantee": ["Jungwon Park", "Junha Kim"]}),
    # A paper's references in IEEE-like styles, sentence-case titles between the names and the venue: after a stop, after a
    # comma, or running into ", in Proc.".
    ("references_sentence_case_between_names_and_venue", "authors",
     "## References\n\n[12] A. Souza, B. Park, Contrastive widget pretraining for gizmos, ICML 2031.\n"
     "[13] D. Levi and E. Novak, Widget nets revisited, in Proc. NeurIPS, 2031, pp. 1-9.\n"
     "[14] A. Souza, B. Park. Sparse gizmo kernels. ICML 2031.\n"
     "[15] L. Rossi, O. Haddad, Dense widget attention at scale, arXiv:2601.00001, 2031.\n",
     {"Contrastive widget pretraining for gizmos": ["A. Souza", "B. Park"], "Widget nets revisited": ["D. Levi", "E. Novak"],
      "Sparse gizmo kernels": ["A. Souza", "B. Park"], "Dense widget attention at scale": ["L. Rossi", "O. Haddad"]}),
    # A reader's list of titles with the writer's tags after each: inline code ("`Meta` `Nice`"), hashtags (GitHub's ":hash:"
    # shortcode, "#ranking"), or a note after a dash (one word, or a sentence-case phrase); code that a title's last small
    # word runs into is the title's.
    ('tags and notes after listed titles', 'authors',
     '# Interesting WCVPR2031 papers\n> and my superficial opinion -- just one scan\n\n### Unsupervised Learning #Selfsupervised\n'
     '* Widget Cycle-Consistency Learning -- technicalities\n* Gizmo Nets for Sparse Parsing `Meta` `Nice`\n'
     '* Sparse Widget Kernels for Gizmo Retrieval `Optical Flow`\n'
     '* GizmoSet: A Hierarchical Widget Dataset for `Fine-grained Gizmo Understanding`\n'
     '* Probabilistic Widget Correction for Learning with Noisy Gizmos — Noisy labeled datasets\n'
     '* Rare Widget Detection using Disentangled Gizmo Learning -- :hash:industry :hash:widgetco\n'
     '* Modeling Widget Relations in the Triplet Loss #ranking\n'
     '* Benchmarks for Widget Parsing — A Comprehensive Real-World Dataset for Gizmo Detection — new dataset\n'
     '* WidgetSet: A Large-Scale Benchmark Dataset for Gizmo Recognition — New dataset\n',
     {'Widget Cycle-Consistency Learning': [], 'Gizmo Nets for Sparse Parsing': [], 'Sparse Widget Kernels for Gizmo Retrieval': [],
      'GizmoSet: A Hierarchical Widget Dataset for Fine-grained Gizmo Understanding': [],
      'Probabilistic Widget Correction for Learning with Noisy Gizmos': [], 'Rare Widget Detection using Disentangled Gizmo Learning': [],
      'Modeling Widget Relations in the Triplet Loss': [],
      'Benchmarks for Widget Parsing — A Comprehensive Real-World Dataset for Gizmo Detection': [],
      'WidgetSet: A Large-Scale Benchmark Dataset for Gizmo Recognition': []}),
    # A conference's poster page, each title linked to its talk page and its names on the lines below, one a line
    # (Franklin's "@@poster" divs): names the lexicons do not know and a byline over three lines are taken, like the
    # other posters' names.
    ('names below linked titles like the other posters', 'authors',
     '# Posters\n\n@@grid\n\n@@poster\n'
     '[1. Widget Nets for Sparse Gizmo Parsing](https://pretalx.com/widgetcon2031/talk/ACFGRM/)\n\nAmit Shukla\n@@\n\n@@poster\n'
     '[2. GizmoChain.jl: detecting widget drift with Markov chains](https://pretalx.com/widgetcon2031/talk/AGCHEV/)\n\nParker J. Rule,\nBhushan Suwal,\nMatthew Sun\n@@\n\n@@poster\n'
     '[3. Soft Realtime Control of a Widget Imaging Instrument](https://pretalx.com/widgetcon2031/talk/ATNVGH/)\n\nWilliam Thompson\n@@\n\n@@poster\n'
     '[4. WidgetCloud: Fusion of Big Gizmo Data and Multi-Physics Models](https://pretalx.com/widgetcon2031/talk/YZC8M7/)\n\nVelimko Vesselarov\n@@\n\n@@poster\n'
     '[5. Parameter Identifiability in Ordinary Widget Equations](https://pretalx.com/widgetcon2031/talk/YVY7VN/)\n\nIlia Ilmaren\n@@\n\n@@poster\n'
     '[6. Training deep gizmos and other iterative models with Widgets](https://pretalx.com/widgetcon2031/talk/XJ9F9M/)\n\nAnthony Blaom\n@@\n',
     {'Widget Nets for Sparse Gizmo Parsing': ['Amit Shukla'],
      'GizmoChain.jl: detecting widget drift with Markov chains': ['Parker J. Rule', 'Bhushan Suwal', 'Matthew Sun'],
      'Soft Realtime Control of a Widget Imaging Instrument': ['William Thompson'],
      'WidgetCloud: Fusion of Big Gizmo Data and Multi-Physics Models': ['Velimko Vesselarov'],
      'Parameter Identifiability in Ordinary Widget Equations': ['Ilia Ilmaren'],
      'Training deep gizmos and other iterative models with Widgets': ['Anthony Blaom']}),
    # A link anchored by a name to the person's profile, or by an event's name ending in "conference" (not a paper's
    # link), names the person or the event: no title.
    ('a name linked to its profile is no title', 'authors',
     '---\n'
     'layout: post\n'
     'title: Generative Flow Networks (GFlowNets)\n'
     'date: 2024-11-15 12:00:00\n'
     'description: Presented by Avyav Sinhar\n'
     'tags: paper-presentation\n'
     'categories: talks\n'
     'related_publications: true\n'
     '---\n'
     '\n'
     '**[Avyav Sinhar](https://www.linkedin.com/in/avyav-kumar-sinhar/)** presented the collection of papers that elucidate Generative Flow Networks {% cite hu2023amortizing %} {% cite bengio2023gflownet %}, {% cite madan2023learning %} and {% cite malkin2022trajectory %}. \n'
     '\n'
     '**_Abstract_**\n'
     '\n'
     'This talk explored the development of Generative Flow Networks (GFlowNets). We dissucssed how the use of amortized Bayesian inference to sample intractable posteriors, achieved through LLMs fine-tuning and diversity prioritised reinforcement learning algorithms enables data-efficient adaptation of LLMs.\n',
     {}),
    ('a conference link in a sponsor post is no title', 'authors',
     '---\n'
     'layout: post\n'
     'title: Attended NeurIPS 2024, sponsored by Widgetco\n'
     'date: 2024-12-10 11:59:00-0400\n'
     'inline: false\n'
     'related_posts: true\n'
     '---\n'
     '\n'
     'Raadh Khaleesi and I represented Widgetco at the [2031 Neural Information Processing (NeurIPS) conference](https://neurips.cc) in Vancouver.\n'
     'Widgetco Group were [bronze sponsors of the conference](https://neurips.cc/Conferences/2024/Sponsors) highlighting their commitment to AI research.\n'
     'This was a brilliant experience to see the cutting edge of AI and machine learning research, including the current frontiers in large language models, AI agents, and reinforcement learning, as well as some seminal talks by some of the most prominent names in machine learning and computer science.\n'
     '\n'
     '   The conference was held in the Vancouver Conference Centre, with over 16,000 attendees.\n'
     '\n',
     {}),
    # A reading list whose items end in the writer's tags in inline code, the segmenter misled by them: the plain words
    # are the title, the tags no title and no names, but a tag that is a person's name alone is the author's.
    ('titles before tags in code', 'authors',
     '# 2031\n'
     '\n'
     '* Welcome to the Era of Widgets `Ana B. Souza` `Alan` `Turning` `DeepMind` `CA` `GB` `UK`\n'
     '* Gradient Centralization: A New Gizmo Technique for Deep Widget Networks `Optimizer` `Adam` `Alibaba`\n'
     '* Improved Baselines with Momentum Contrastive Widgets `arXiv` `Meta`\n'
     '\t> Boost the widget by using an MLP (+ different temperature), stronger augmentation, big queue.\n'
     '* Bootstrap Your Own Gizmo A New Approach to Self-Supervised Widget Learning `NIPS`\n'
     '* Revisiting Training Strategies and Generalization Performance in Deep Gizmo Learning `ICML`\n',
     {'Welcome to the Era of Widgets': ['Ana B. Souza'],
      'Gradient Centralization: A New Gizmo Technique for Deep Widget Networks': [],
      'Improved Baselines with Momentum Contrastive Widgets': [],
      'Bootstrap Your Own Gizmo A New Approach to Self-Supervised Widget Learning': [],
      'Revisiting Training Strategies and Generalization Performance in Deep Gizmo Learning': []}),
    # A generated table of a venue's papers whose title column ("标题") is left blank and whose link column ("链接") holds
    # each title as the anchor of its DOI link: that column is the title's, and the author column ("作者") its names.
    ('a blank title column and titles in the link column', 'authors',
     '# WRECSYS2031\n'
     '\n'
     '## 会议论文列表\n'
     '\n'
     '本会议共有 4 篇论文\n'
     '\n'
     '| 序号 | 标题 | 链接 | 推荐理由 | 推荐度 | 摘要 | 作者 | 组织 |\n'
     '| --- | --- | --- | --- | --- | --- | --- | --- |\n'
     '| 1 |  |  [WIDGET.no Slates Dataset: A new Sequential Dataset Logging Gizmo Interactions for Recommender Systems Research](https://doi.org/10.1145/3460231.1000001) |  | 0 |  | Simen Eide, David S. Leslie, Arnoldo Frigessi |  |\n'
     '| 2 |  |  [Generation-based vs. Retrieval-based Widget Recommendation: A User-Centric Comparison](https://doi.org/10.1145/3460231.1000002) |  | 0 |  | Ahtsham Manzoor, Dietmar Jannach |  |\n'
     '| 3 |  |  [Neural Basket Embedding for Sequential Gizmo Recommendation](https://doi.org/10.1145/3460231.1000003) |  | 0 |  | Vojtech Vancura |  |\n'
     "| 4 |  |  [An Analysis Of Entire Space Multi-Task Widget Models For Post-Click Conversion Prediction](https://doi.org/10.1145/3460231.1000004) |  | 0 |  | Conor O'Brien, Kin Sum Liu, James Neufeld |  |\n",
     {'WIDGET.no Slates Dataset: A new Sequential Dataset Logging Gizmo Interactions for Recommender Systems Research':
          ['Simen Eide', 'David S. Leslie', 'Arnoldo Frigessi'],
      'Generation-based vs. Retrieval-based Widget Recommendation: A User-Centric Comparison': ['Ahtsham Manzoor', 'Dietmar Jannach'],
      'Neural Basket Embedding for Sequential Gizmo Recommendation': ['Vojtech Vancura'],
      'An Analysis Of Entire Space Multi-Task Widget Models For Post-Click Conversion Prediction':
          ["Conor O'Brien", 'Kin Sum Liu', 'James Neufeld']}),
    # A workshop's schedule: a contributed talk's row names its presenter and, after a colon, its paper; a keynote's row
    # names no paper.
    ('contributed talks in a schedule table', 'authors',
     '**December 15th, 2031**\n'
     '\n'
     '| **Time (PST)** | **Event** |\n'
     '| :------:   | :------- |\n'
     '| 8:50 - 9:00 | **Introduction and opening remarks** |\n'
     '| 9:00 - 9:30 | **Keynote Talk** - Tom Goldman: Can widgets solve harder problems than they were trained on? Scaling up gizmos |\n'
     '| 10:30 - 10:50 | **Coffee Break** - Coffee break |\n'
     '| 11:05 - 11:20 | **Contributed Talk** - David Kruger: Input Space Mode Connectivity in Deep Widget Networks |\n'
     '| 13:20 - 13:35 | **Contributed Talk** - Antonio Sclocco: Unraveling the Latent Hierarchical Structure of Gizmos via Diffusion Models |\n'
     '| 15:10 - 16:10 | **Panel Discussion**: Yasmin Bahri, Andrew Gordon Wilson, Misha Belkin |\n',
     {'Input Space Mode Connectivity in Deep Widget Networks': ['David Kruger'],
      'Unraveling the Latent Hierarchical Structure of Gizmos via Diffusion Models': ['Antonio Sclocco']}),
    # A heading that names an event's papers ("Top WCVPR2031 Papers with Code") over a sentence: a list's heading, no title.
    ('a heading naming an event with its papers', 'code',
     '# WCVPR2031 Top Open Papers\n'
     '\n'
     '## Best Papers\n'
     '\n'
     '|Type | Title | Homepage | Code |\n'
     '| :---: |:---: | :---: | :---: |\n'
     '|**Best Paper**| Planning-oriented Widget Driving | [Link](https://openaccess.thecvf.com//content/WCVPR2031/html/Hu_Planning-Oriented_Widget_Driving_WCVPR_2031_paper.html) | [Github](https://github.com/widgetlab/uniwidget) |\n'
     '|**Best Paper**| Visual Programming: Compositional gizmo reasoning without training | [Link](https://openaccess.thecvf.com/content/WCVPR2031/html/Gupta_Visual_Programming_WCVPR_2031_paper.html) | [Github](https://github.com/widgetlab/visprog) |\n'
     '\n'
     '\n'
     '## Top WCVPR2031 Papers with Code \n'
     '\n'
     'The following WCVPR2031 paper information is extracted from the following web page and saved in the `papers_info.json` file.\n'
     '\n'
     '```\n'
     'https://openaccess.thecvf.com/WCVPR2031?day=all\n'
     '```\n',
     {'Planning-oriented Widget Driving': [[], ['https://github.com/widgetlab/uniwidget']],
      'Visual Programming: Compositional gizmo reasoning without training': [[], ['https://github.com/widgetlab/visprog']]}),
    # The same in another schedule, the title emphasised and linked, which the segmenter read but not the presenter
    # before it; invited talks and spotlights of linked names name no paper here.
    ('a contributed talk with a linked title in a schedule', 'authors',
     '### Date: Monday, March 13th\n'
     '\n'
     '| Opening Remarks                    | 7:50-8:00 |\n'
     '| Contributed Talk - Dana Levi: *[Unbiased Widget Estimation with Balanced Assignments](https://openreview.net/forum?id=Hvfva7l1tcj)* | 8:30-8:45 |\n'
     '| Invited Talk - [Ana Souza](https://twitter.com/asouza?lang=en): *Widget Continualism & the Becoming of the Gizmo* | 10:45-11:15 |\n'
     '| Spotlight Talks 1 - [Ben Park](https://openreview.net/forum?id=ynt6uq), [Chen Wei](https://openreview.net/forum?id=UPuDQR), [Ke Li](https://openreview.net/forum?id=v2DmCz), [Eli Novak](https://openreview.net/forum?id=Gv41uc) | 11:15-11:30 |\n'
     '| Invited Talk - [Fay Wong](https://cocosci.example.edu/fay/index.php): *Metareasoning is important but intractable* | 11:30-12:00 |\n'
     '| Spotlight Talks 2 - [Gil Amir](https://openreview.net/forum?id=JCzF3p), [Hana Mori](https://openreview.net/forum?id=mCyM2C), [Ido Katz](https://openreview.net/forum?id=N5lxfj) | 12:00-12:15 |\n',
     {'Unbiased Widget Estimation with Balanced Assignments': ['Dana Levi']}),
    # A workshop's schedule with a column of talk titles: a contributed talk's number label ("Contributed Talk 14:") is no
    # part of its paper's title, and an invited talk's Q&A slot is no paper.
    ('numbered contributed talks and an invited Q&A slot', 'authors',
     '|Time           |Talk Title         |Speaker |\n'
     '| ------------- | ----------------- | ------ |\n'
     '|09:00 - 09:10 |Opening Remarks | |\n'
     '|09:10 - 09:40 |Invited Talk: Practical Widget Learning for Developing Gizmos: Lessons and Reflections |Charity Wayuma |\n'
     '|09:40 - 09:45 |Invited Live Q&A: Practical Widget Learning for Developing Gizmos: Lessons and Reflections |Charity Wayuma |\n'
     '|10:50 - 11:05 |Contributed Talk 14: Beyond Good Intentions: Widget Sharing in and for Gizmos |Sara Kingsly (CMU) |\n'
     '|11:05 - 11:20 |Contributed Talk 08: Measuring Changes in Widgets with Deep Learning and Satellite Gizmos |Lukas Kondmar (German Aerospace Center) |\n'
     '|11:20 - 11:35 |Contributed Talk 07: Rigging the Widget Lottery: Making All Gizmos Winners |Utku Evcil (Google AI) |\n',
     {'Beyond Good Intentions: Widget Sharing in and for Gizmos': ['Sara Kingsly'],
      'Measuring Changes in Widgets with Deep Learning and Satellite Gizmos': ['Lukas Kondmar'],
      'Rigging the Widget Lottery: Making All Gizmos Winners': ['Utku Evcil']}),
    # A byline of names with affiliations in brackets, the last name's words both in the dictionary but only capitalised
    # (web2 lists given names and surnames): a name, not an English phrase.
    ('a name whose words the dictionary has only capitalised, closing a byline', 'authors',
     '<table><tbody>\n<tr id="paper"><td><strong>685</strong></td>\n'
     '<td><strong><a href="/proceedings/685/">Boundary Widget Learning for Label-Efficient Gizmo Segmentation</a></strong>'
     '<br />Satoshi Kamiya (Meijo University), Kota Yamashita (Meijo University), Kazuhiro Hotta (Meijo University)'
     '<br /><a href="https://example.org/p685/paper.pdf">PDF</a></td></tr>\n</tbody></table>\n',
     {'Boundary Widget Learning for Label-Efficient Gizmo Segmentation': ['Satoshi Kamiya', 'Kota Yamashita', 'Kazuhiro Hotta']}),
    # A byline of names with affiliations in brackets, one affiliation naming its city in lower case ("Ho Chi Minh city
    # University"): a place in brackets, not a sentence that "names ... city" opens.
    ('an affiliation with a lower-case word in brackets', 'authors',
     '## Accepted papers\n'
     '\n'
     '- **Widget Guidance for Efficient Gizmo Segmentation**<br>Ana Souza (Aalto University), Hai-Dang Nguyen (Ho Chi Minh city'
     ' University of Science), Ben Park (Northwestern University)\n'
     '- **Sparse Gizmo Tokens for Widget Retrieval**<br>Chen Wei (Widget University), Dana Levi (Gizmo Labs)\n',
     {'Widget Guidance for Efficient Gizmo Segmentation': ['Ana Souza', 'Hai-Dang Nguyen', 'Ben Park'],
      'Sparse Gizmo Tokens for Widget Retrieval': ['Chen Wei', 'Dana Levi']}),
    # One author on the line under the title, the affiliation in brackets closing the line; the segmenter took the
    # affiliation's first word for the name (an HTML table of proceedings).
    ('one name with its affiliation in brackets under a title', 'authors',
     '<table><tbody>\n'
     '<tr id="paper"><td><strong>46</strong></td>\n'
     '<td><strong><a href="/proceedings/46/">Widget Filter Refinement Networks for Gizmo Segmentation</a></strong>'
     '<br />Weixin Xu (Beihang University)<br /><a href="https://example.org/p46/paper.pdf">PDF</a></td></tr>\n'
     '<tr id="paper"><td><strong>142</strong></td>\n'
     '<td><strong><a href="/proceedings/142/">Recovering Global Widget Distribution Locally in Federated Gizmos</a></strong>'
     '<br />Ziyu Yao (Peking University)<br /><a href="https://example.org/p142/paper.pdf">PDF</a></td></tr>\n'
     '</tbody></table>\n',
     {'Widget Filter Refinement Networks for Gizmo Segmentation': ['Weixin Xu'],
      'Recovering Global Widget Distribution Locally in Federated Gizmos': ['Ziyu Yao']}),
    # A byline of "Name (Affiliation), ..." as people type their names into a submission form: all in lower case, in
    # capitals, a surname in lower case, or a name the segmenter left out; each piece before its bracket is a name.
    # An acronym typed after a name written as usual is no name ("Ran Zhang HCI" is left out).
    ('names of any case, each with its affiliation in brackets', 'authors',
     '## Accepted papers\n'
     '\n'
     '**Widget Merge Approach for Improved Classification of Gizmo Data**  \n'
     'wei zhao (Widget University), Ana Souza (Widget University), Chengdong shi (Gizmo Institute), Ben Park (Widget University)\n'
     '\n'
     '**Content and Style Aware Widget-Driven Gizmo Animation**  \n'
     'Chen Wei (Widget College), QINGJU LIU (Flawless Widgets), Eli Novak (Gizmo Labs)\n'
     '\n'
     '**Bias-Correcting Widget Similarity Scores for Gizmo Detection**  \n'
     'Dana Levi (Gizmo Labs), Hana Mori (Widget University), Wee Siong Ng (Institute for Widget Research, Gizmo Agency)\n'
     '\n'
     '**Fabricating Human-Scale Widget Devices**  \n'
     'Fay Wong (Widget Institute, Potsdam), Gil Amir (Widget Institute, Potsdam), Ran Zhang HCI (Widget Institute, Potsdam)\n',
     {'Widget Merge Approach for Improved Classification of Gizmo Data': ['wei zhao', 'Ana Souza', 'Chengdong shi', 'Ben Park'],
      'Content and Style Aware Widget-Driven Gizmo Animation': ['Chen Wei', 'QINGJU LIU', 'Eli Novak'],
      'Bias-Correcting Widget Similarity Scores for Gizmo Detection': ['Dana Levi', 'Hana Mori', 'Wee Siong Ng'],
      'Fabricating Human-Scale Widget Devices': ['Fay Wong', 'Gil Amir']}),
    # List items of a title glued to a bracket citing its first author "et. al." and the venue with its year, a
    # paragraph of notes under each (a Japanese team's report of a reading session).
    ('a title with its first author et al. in a bracket glued to it', 'authors',
     '## WCLR 2031論文\n'
     '\n'
     '- Learned in Widgets: Contextualized Gizmo Vectors(Ana Souza et. al. WCLR2031)\n'
     '\n'
     'NLPのタスクではword vectorが用いられますが、contextの表現能力が十分ではありません。\n'
     '\n'
     '- What Widgets Do We Need in Bayesian Gizmo Learning for Computer Vision?(Ben Park et. al. WCLR 2031)\n'
     '\n'
     '画像処理における不確実性には2種類があります。\n',
     {'Learned in Widgets: Contextualized Gizmo Vectors': ['Ana Souza'],
      'What Widgets Do We Need in Bayesian Gizmo Learning for Computer Vision?': ['Ben Park']}),
    # An APA reference without its year: names surname first with their initials, "&" before the last, then the
    # title up to the full stop that ends the line.
    ('an APA reference without its year', 'authors',
     'List of publications that use the library:\n'
     '\n'
     '- Souza, A., Park, B. J., & Wei-Novak, C. Synthetic Widget Replay.\n'
     '- Levi, D., & Mori, H. (2031). Balancing gizmo constraint and ensemble size in offline widget learning. '
     'arXiv preprint arXiv:2303.14716.\n',
     {'Synthetic Widget Replay': ['A. Souza', 'B. J. Park', 'C. Wei-Novak'],
      'Balancing gizmo constraint and ensemble size in offline widget learning': ['D. Levi', 'H. Mori']}),
    # A byline in emphasis under a bold title, one name with a nickname in quotes ('Ana “Bo” Souza'): the quotes made
    # the segmenter read that name as a title of its own, which took the byline from the title above.
    ('a name with a nickname in quotes inside a byline', 'authors',
     '*   **Benchmarking Widget Quantification Methods for Large Gizmo Models**  \n'
     '    _Roman Vashurin, Ekaterina Fadeeva, Abdelrahman “Boda” Sadallah, Kirill Grishchenkov, Preslav Nakov_\n'
     '*   **Reading Widget Leaves: Automatically Evaluating Gizmo Models**  \n'
     '    _Xiaohao Yang, He Zhao, Dinh Phung_\n',
     {'Benchmarking Widget Quantification Methods for Large Gizmo Models':
          ['Roman Vashurin', 'Ekaterina Fadeeva', 'Abdelrahman Sadallah', 'Kirill Grishchenkov', 'Preslav Nakov'],
      'Reading Widget Leaves: Automatically Evaluating Gizmo Models': ['Xiaohao Yang', 'He Zhao', 'Dinh Phung']}),
    # HTML paragraphs of prose, a linked work opening a sentence as its subject ('<a href="…">GizmoMoE</a> is one of the
    # papers ...') or a linked title inside a sentence on a short line: prose mentions, as their markdown forms are.
    ('HTML anchors as the subject of a sentence or inside one', 'authors',
     '<p>\n<a href="https://arxiv.org/pdf/2512.14080" target="_blank" rel="noopener noreferrer">GizmoMoE</a> is one of the papers '
     'that caught my eye this month. It aims to accelerate widgets.</p>\n\n'
     '<p>The first talk <a href="https://arxiv.org/abs/2101.00001">Widget Nets for Gizmo Parsing</a> presented by the lab was inspiring.</p>\n',
     {'GizmoMoE': [], 'Widget Nets for Gizmo Parsing': []}),
    # Lab news in prose: a linked title after its co-authors set off by commas ("the joint paper with A and B, [Title](url),
    # was ..."); the names of a relative clause before a verb of presenting ("A, B and C who were invited to present their
    # paper Title"); "our paper" presented by someone named; a second quoted title listed after the first that a verb
    # introduced; a possessive with a degree and year in brackets.
    ('lab news naming the authors of a paper around its title', 'authors',
     'Additionally, the joint paper with [Ana Souza](https://example.org/as) and [Ben Park](https://example.org/bp), '
     '[Exploring the landscape of widget evaluation: practices and perspectives](/publications/souza-2031-widgets), was '
     'selected as a poster.\n\n'
     'The lab was represented by its members Hana Mori, Ke Wei and Dana Levi who were invited to present their paper '
     'Improved Widget Extraction with an Evaluation on Gizmo Data.\n\n'
     'Tam Vohra presented our paper “Personalizing Widget-aware Re-ranking” at the second workshop.\n\n'
     'Ines Duarte presented two workshop papers: "Decoupled Widget Systems: Exploring Alternative Gizmo Designs" for '
     'WidgetGood, and "Comparative Explanations for Widgets: Research Directions" for GizmoRS.\n\n'
     'We are excited to share that Lia Rossi’s (MS’25) paper, “Advancing Widget Clustering with Time-Wrapping Gizmo '
     'Measurement,” has been accepted.\n',
     {'Exploring the landscape of widget evaluation: practices and perspectives': ['Ana Souza', 'Ben Park'],
      'Improved Widget Extraction with an Evaluation on Gizmo Data': ['Hana Mori', 'Ke Wei', 'Dana Levi'],
      'Personalizing Widget-aware Re-ranking': ['Tam Vohra'],
      'Decoupled Widget Systems: Exploring Alternative Gizmo Designs': ['Ines Duarte'],
      'Comparative Explanations for Widgets: Research Directions': ['Ines Duarte'],
      'Advancing Widget Clustering with Time-Wrapping Gizmo Measurement': ['Lia Rossi']}),
    # A plain-text record of "Field: value" lines between lines of dashes (markdown reads the lines over the dashes as one
    # heading), with fields naming the presenting and the lead author: a field's name is no title.
    ('a plain-text record of fields between lines of dashes', 'authors',
     'We received a best paper award.\n\n'
     'Details are as follows.\n'
     '------------------------------------------\n'
     'Paper Title: Robo-Widget-Organizer: Commonsense Knowledge to Organize Detected Gizmos\n'
     'Authors: Ana Souza, Ben Park, Dana Levi\n'
     'Conference: International Widget Conference\n'
     'Presenting Author: Dana Levi (advisor on the thesis)\n'
     'Lead Author: Ana Souza (mainly based on thesis work)\n'
     '---------------------------------------------------\n\n'
     'Glad the team work led to such an honor.\n',
     {'Robo-Widget-Organizer: Commonsense Knowledge to Organize Detected Gizmos': ['Ana Souza', 'Ben Park', 'Dana Levi']}),
    # A conference's name as a post's first line ("Attending the 60th Annual Meeting of the ...") is no paper; nor is a
    # challenge team's name with its institution in brackets over its members.
    ('a conference name and team names over their members', 'authors',
     'Attending the 60th Annual Meeting of the Widget Society (WS 2031)\n\n'
     'The conference took place at the Convention Centre, and its members Ana Souza, Ben Park and Dana Levi presented '
     'their paper Improved Widget Extraction with an Evaluation on Gizmo Data.\n\n'
     'Teams\n'
     '- Widget-Lab-United (University of Gizmo Science)\n'
     '  - Hana Mori, Ke Wei, Lia Rossi\n'
     '  - [A Two-Stage Widget Network for Long-Tailed Recognition of Gizmos](https://openaccess.thecvf.com/content/x.pdf)\n'
     '- Gizmo-RVG (Institute of Widget Automation)\n'
     '  - Tam Vohra, Ines Duarte\n',
     {'Improved Widget Extraction with an Evaluation on Gizmo Data': ['Ana Souza', 'Ben Park', 'Dana Levi'],
      'A Two-Stage Widget Network for Long-Tailed Recognition of Gizmos': []}),
    # References in MLA, as a scholar's "Cite" gives them ("Souza, Ana, et al. "Title." Venue"; "Souza, Ana, and Ben
    # Park "Title""), each line opened by an HTML anchor whose attribute's quotes are no quotation, or by a number in
    # square brackets: the first author's name turned back ("Ana Souza"), a run of names after the title (the venue's
    # acronym) no part of the list, a hyphenated surname before the title's quote the end of its name.
    ('MLA references after HTML anchors or numbers', 'authors',
     '## References\n\n'
     '[<a name="a">1</a>] Quorbly, Ana, et al. "Widget unlearning." CCS (2031) \\\n'
     '[<a name="b">2</a>] Barnaby, Celeste, et al. "GizmoEye: Batch Widget Processing using Program Synthesis" PLDI (2031) \\\n'
     '[<a name="c">3</a>] Vantanen, Tom, and Dana Drachsler-Kovic "One Pixel Widget Attacks via Sketched Gizmos" PLDI (2031)\n\n'
     '## More\n\n'
     '[4] Jacobs, Arthur S., et al. "AI/ML for Widget Security: The Gizmo has no Clothes." CCS (2031) \\\n'
     '[5] Levi, Dana, et al. "Gizmo Fuzzing at Scale" CCS (2031)\n',
     {'Widget unlearning': ['Ana Quorbly'],
      'GizmoEye: Batch Widget Processing using Program Synthesis': ['Celeste Barnaby'],
      'One Pixel Widget Attacks via Sketched Gizmos': ['Tom Vantanen', 'Dana Drachsler-Kovic'],
      'AI/ML for Widget Security: The Gizmo has no Clothes': ['Arthur S. Jacobs'], 'Gizmo Fuzzing at Scale': ['Dana Levi']}),
    # A post of Frog's, its metadata lines indented as code at the top ("    Title: ...", "    Date: 2031-..."): no record;
    # its list filled at 80 columns, a name broken by the fill ("Oli" / "    Flückigor"): one name, though the break and the
    # indentation read as a wide gap.
    ('a hard-wrapped post with metadata lines at its top', 'authors',
     '    Title: Report: WISS 2031\n'
     '    Date: 2031-06-05T15:47:59\n'
     '    Tags: pliss, event\n'
     '    Authors: Ming-Ho Yi\n'
     '\n'
     'Two weeks ago, I attended the first [Widget Language Implementation Summer\n'
     'School][WISS], held in beautiful Gizmoville, Widgetland.\n'
     '\n'
     'The goal of WISS was "to prepare early graduate students and advanced\n'
     'undergraduates for research in the field," and I think it successfully\n'
     'accomplished that. There were many talks in a variety of areas, such as\n'
     'just-in-time compilers, garbage collection, static analysis, and distributed\n'
     'systems. But WISS was more than just a series of talks: WISS provided an\n'
     'environment for interacting with other students as well as senior researchers.\n'
     '\n'
     '<!-- more -->\n'
     '\n'
     '## The Talks\n'
     '\n'
     'With the amount of technical content at WISS, there was easily something for\n'
     'everyone. [Jan Vitekova][jv] and [Laurence Trotta][lt] gave lectures that included\n'
     'hands-on exercises where we worked on JITs. [Suresh Jagannatha][sj] dived into\n'
     'the operational semantics of a distributed system, so we could reason about\n'
     'different weak consistency models. Francesco Logozza gave us a whirlwind tour of\n'
     'abstract interpretation.\n'
     '\n'
     'Most of my favorite talks included some form of extra content, such as\n'
     'exercises, live-coding presentations, or demos. I found it really helpful to\n'
     'write actual code and apply what I had just learned, or to look at some concrete\n'
     'examples. The examples and exercises also helped with the pacing, as actively\n'
     'listening to four 90-minute talks every day is exhausting!\n'
     '\n'
     'Off the top of my head, these were some of my favorite talks:\n'
     '\n'
     '  - **Dynamic Widget Language Implementation with Gizmos**, by Petr Majo, Oli\n'
     '    Flückigor, and [Jan Vitekova][jv]. As the first talk of the summer school, this\n'
     '    was a gentle introduction for the rest of the week. We had [exercises][rift]\n'
     '    (with intentional bugs to make us think!), and also brief overviews of\n'
     '    intermediate languages, static analysis, and garbage collection. These three\n'
     '    topics would later show up in more detail.\n'
     '\n',
     {'Dynamic Widget Language Implementation with Gizmos': ['Petr Majo', 'Oli Flückigor', 'Jan Vitekova']}),
    # A programme's table of time, room and activity: a title and its speaker in brackets in the last cell ("LVars: ...
    # (Lindsey Kuper, Indiana)"), a session's chair after a colon; the room's cell is no part of either.
    ('a schedule table of time, room and activity', 'authors',
     '|     Time     | Place               | Activity |\n'
     '|--------------|---------------------|------------------------------------------|\n'
     '| 09:00--10:00 | Widget Hall East | Session chair: Ana Souza |\n'
     '| 09:00--09:30 | Widget Hall East | Gizmo Nets: Lattice-based Widget Structures for Deterministic Parallelism (Dana Levi, Indiana) |\n'
     '| 10:30--12:00 | Widget Hall East | Session chair: Ben Park |\n',
     {'Gizmo Nets: Lattice-based Widget Structures for Deterministic Parallelism': ['Dana Levi']}),
    # A reference with one author, its full stop, the title and the journal with its year, all read as a title.
    ('a one-author reference read as a title', 'authors',
     'The committee selected two papers:\n\n'
     'Rajeev Alvarez, Thomas A. Hensel, and Orna Kuper. Alternating-time Widget Logic. Journal of the Gizmo Society, Vol. 49, '
     'No. 5, pp. 672-713, September 2002.\n\n'
     'Cynthia Morales. Emotion and Sociable Widget Robots. International Journal of Gizmo Studies, 2003.\n',
     {'Alternating-time Widget Logic': ['Rajeev Alvarez', 'Thomas A. Hensel', 'Orna Kuper'],
      'Emotion and Sociable Widget Robots': ['Cynthia Morales']}),
    ('template tag captions', 'authors',
     '## Widget matching\n\nThe matcher runs in two steps.\n\n{% asset_img "widget_graph.png" "Widget Graph Architecture - Attentional aggregation" %}\n\n'
     '{{< figure src="eval.png" "Evaluation of Widget Nets 2" >}}\n\nWe then read [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) by Chen Wei.\n',
     {'Sparse Gizmo Attention at Scale': ['Chen Wei']}),
    ('methods listed with commas', 'authors',
     '## Results\n\nGizmoPoint, [WIDG](https://arxiv.org/abs/2601.00001), SIFT, ORB를 비교한 결과이다.\n\n'
     '- Look, Listen and Widget - Ana Souza, Ben Park\n- Sparse Gizmo Attention at Scale - Chen Wei\n',
     {'Look, Listen and Widget': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei']}),
    ('a reader comment field under each paper', 'authors',
     '## Papers\n\n### Sparse Widget Networks for Gizmo Parsing\n\n**Abstract**\nWe parse gizmos with sparse widgets.\n\n'
     "**Ana's comment**: This was a pretty cool method to improve widget retrieval using gizmo augmentation which results in a more robust model\n\n"
     '**Link**: https://aclanthology.org/2031.acl-short.48/\n\n---\n\n'
     '### Unsupervised gizmo question generation for out-of-domain widget tuning\n\n**Abstract**\nWe generate questions.\n\n'
     '**Link**: https://aclanthology.org/2031.acl-short.49/\n\n---\n\n'
     '### Dense Gizmo Attention at Scale\n\n**Abstract**\nWe attend.\n\n'
     "**Ana's comment**: Nice.\n\n**Link**: https://aclanthology.org/2031.acl-short.50/\n\n---\n\n"
     '### Widget Graph Kernels for Gizmo Retrieval\n\n**Abstract**\nKernels.\n\n'
     "**Ana's comment**: Cool.\n\n**Link**: https://aclanthology.org/2031.acl-short.51/\n",
     {'Sparse Widget Networks for Gizmo Parsing': [], 'Unsupervised gizmo question generation for out-of-domain widget tuning': [],
      'Dense Gizmo Attention at Scale': [], 'Widget Graph Kernels for Gizmo Retrieval': []}),
    ('a byline parted inside a name', 'authors',
     '### GizmoGAN: Adversarial Learning for Widget Graph Embeddings\n_Liwei Cai and William Yang Wang_\n',
     {'GizmoGAN: Adversarial Learning for Widget Graph Embeddings': ['Liwei Cai', 'William Yang Wang']}),
    ('a quoted sentence after a cue of the sentence before', 'authors',
     '## Notes\n\n- [Sparse Widget Networks for Gizmo Parsing](https://arxiv.org/abs/2601.00001) by Ana Souza\n\n'
     '**Zed\'s comments**: A single widget model for retrieval and reading. They say: "We demonstrate for the first time that a '
     'single widget model trained end to end can parse gizmos".\n',
     {'Sparse Widget Networks for Gizmo Parsing': ['Ana Souza']}),
    ('linked poster titles over their names, some in sentence case', 'authors',
     '# Posters\n\n@@poster\n[1. Sparse Widget Networks for Gizmo Parsing](https://pretalx.com/w/talk/A1/)\n\nAna Souza\n@@\n\n'
     '@@poster\n[2. Dense Gizmo Attention at Scale](https://pretalx.com/w/talk/A2/)\n\nBen Park\n@@\n\n'
     '@@poster\n[3. Pebble widgets - Time and space to differentiate a gizmo](https://pretalx.com/w/talk/A3/)\n\nJinGuo Liu\n@@\n\n'
     '@@poster\n[4. Widget Graph Kernels for Gizmo Retrieval](https://pretalx.com/w/talk/A4/)\n\nDana Levi\n@@\n\n'
     '@@poster\n[5. 1-D Finite widget tool for gyroscopic gizmos](https://pretalx.com/w/talk/A5/)\n\nLysandros Anastasopoulos\n@@\n\n'
     '@@poster\n[6. Learning Gizmo Embeddings from Widget Logs](https://pretalx.com/w/talk/A6/)\n\nChen Wei\n@@\n',
     {'Sparse Widget Networks for Gizmo Parsing': ['Ana Souza'], 'Dense Gizmo Attention at Scale': ['Ben Park'],
      'Pebble widgets - Time and space to differentiate a gizmo': ['JinGuo Liu'], 'Widget Graph Kernels for Gizmo Retrieval': ['Dana Levi'],
      '1-D Finite widget tool for gyroscopic gizmos': ['Lysandros Anastasopoulos'], 'Learning Gizmo Embeddings from Widget Logs': ['Chen Wei']}),
    # Notes that list a paper's title as an item and its URL as the next item of the same list (not nested under it);
    # a tool's title over its GitHub link is no paper.
    ('a title item over the next item, its paper URL written out', 'authors',
     '## Thu\n\n* Embedding representation\n  * Box representation\n    * Sparse Widget Embeddings with Gizmo Boxes\n'
     '    * https://openreview.net/forum?id=H1xAB\n    * how to relate this to widgets?\n* Dense Gizmo Attention at Scale\n'
     '  * https://openreview.net/forum?id=B1lXY\n* Useful Widget Tools Everywhere\n* https://github.com/widgetlab/tools\n',
     {'Sparse Widget Embeddings with Gizmo Boxes': [], 'Dense Gizmo Attention at Scale': []}),
    # A long numbered list of linked titles, nearly all taken: one that reads like a list of areas ("fast and scalable
    # widget clustering") is one more of them.
    ('a title like a list of areas in a long list of linked papers', 'authors',
     '## Day 1\n\n1. Sparse Widget Networks for Gizmo Parsing [[Web](https://conf.example.org/2031/Schedule?event=4001)]\n2. Dense Gizmo Attention at Scale [[Web](https://conf.example.org/2031/Schedule?event=4002)]\n3. Widget Graph Kernels for Gizmo Retrieval [[Web](https://conf.example.org/2031/Schedule?event=4003)]\n4. Learning Gizmo Embeddings from Widget Logs [[Web](https://conf.example.org/2031/Schedule?event=4004)]\n5. Gizmo Trees for Widget Search [[Web](https://conf.example.org/2031/Schedule?event=4005)]\n6. On the Convergence of Widget Descent [[Web](https://conf.example.org/2031/Schedule?event=4006)]\n7. Robust Gizmo Estimation under Widget Noise [[Web](https://conf.example.org/2031/Schedule?event=4007)]\n8. Adaptive Widget Sampling for Gizmo Inference [[Web](https://conf.example.org/2031/Schedule?event=4008)]\n9. Fast Gizmo Solvers with Widget Priors [[Web](https://conf.example.org/2031/Schedule?event=4009)]\n10. Provable Widget Recovery from Gizmo Sketches [[Web](https://conf.example.org/2031/Schedule?event=4010)]\n11. GizmoScan++: Towards fast and scalable widget clustering [[Web](https://conf.example.org/2031/Schedule?event=4011)]\n12. Widget Pruning at Initialization [[Web](https://conf.example.org/2031/Schedule?event=4012)]\n',
     {t: [] for t in ['Sparse Widget Networks for Gizmo Parsing', 'Dense Gizmo Attention at Scale', 'Widget Graph Kernels for Gizmo Retrieval',
                      'Learning Gizmo Embeddings from Widget Logs', 'Gizmo Trees for Widget Search', 'On the Convergence of Widget Descent',
                      'Robust Gizmo Estimation under Widget Noise', 'Adaptive Widget Sampling for Gizmo Inference',
                      'Fast Gizmo Solvers with Widget Priors', 'Provable Widget Recovery from Gizmo Sketches',
                      'GizmoScan++: Towards fast and scalable widget clustering', 'Widget Pruning at Initialization']}),
    # A virtual conference's session: its meeting room and chat channel linked above its table of papers are no papers.
    ("a session's Zoom room and Slack channel over its table of papers", 'code',
     '### Session 1: Widget Streams\n\n* Duration: 70 min\n* Chair: Ana and Ben\n'
     '* [Zoom Meeting Room](https://conf.example.org/?tg=session&go=conference&id=W1_5)\n'
     '* [Slack Channel](https://conf.example.org/?tg=session&go=chat&id=W1_5)\n\n| Video | Title | Author |\n| --- | --- | --- |\n'
     '| [video](https://conf.example.org/?tg=paper&id=1) | Complex Widget Processing for the Internet of Gizmos | Ana Souza (Widget University) |\n'
     '| [video](https://conf.example.org/?tg=paper&id=2) | Unsupervised Gizmo Anomaly Detection in Large Widgets | Ben Park (Gizmo Institute) |\n\n'
     '### Session 2: Gizmos\n\n* [Virtual Conference Room on Zoom](https://conf.example.org/?tg=session&go=conference&id=W2_5)\n',
     {'Complex Widget Processing for the Internet of Gizmos': [['Ana Souza'], []],
      'Unsupervised Gizmo Anomaly Detection in Large Widgets': [['Ben Park'], []]}),
    # Awards of a society's page: "**Best paper**: A, B, and C D. [Title](dblp record)." A dblp record is the paper's
    # page, not its code; the segmenter read the last surname into the title and left its given name alone.
    ('award lines of names then a title linked to its dblp record', 'code',
     '## Awards\n\n* **Best paper**: Ana Souza and Ben Park. [Dense Gizmo Attention at Scale](https://dblp.org/rec/conf/wc/SouzaP31).\n'
     '* **Best student paper**: Mikael Henaff, Kevin Jarrett, Koray Kavukcuoglu, and Yann LeCun. [Unsupervised Learning of Sparse '
     'Features for Scalable Audio Classification](http://dblp.uni-trier.de/rec/html/conf/ismir/HenaffJKL11).\n',
     {'Dense Gizmo Attention at Scale': [['Ana Souza', 'Ben Park'], []],
      'Unsupervised Learning of Sparse Features for Scalable Audio Classification':
          [['Mikael Henaff', 'Kevin Jarrett', 'Koray Kavukcuoglu', 'Yann LeCun'], []]}),
    # Numbered themes, each a bold head and a question that cites several works (Distill's <d-cite> tags, numbered
    # references), beside numbered papers, each a bold title and its one citation: the themes are no papers.
    ('bold themes whose notes cite several works, beside bold titles', 'authors',
     '## Large Language Models\n\n1. **Widget Reasoning at Scale.** How can we make widgets reason '
     '<d-cite key="souza2031widget,park2031gizmo"></d-cite>?\n'
     '2. **Scaling and Fine-tuning Gizmos.** What procedures can we use to fine-tune gizmos [3, 4]?\n'
     '3. **Memory and Widget Windows.** How do we grow the window [5] without losing the gizmo [6]?\n\nPapers I liked:\n\n'
     '1. **Sparse Widget Networks for Gizmo Parsing** <d-cite key="souza2031sparse"></d-cite>: I liked it.\n'
     '2. **Dense Gizmo Attention at Scale** <d-cite key="park2031dense"></d-cite>: A nice one.\n'
     '3. **Widget Graph Kernels for Gizmo Retrieval.** This paper builds on [3, 4].\n',
     {'Sparse Widget Networks for Gizmo Parsing': [], 'Dense Gizmo Attention at Scale': [], 'Widget Graph Kernels for Gizmo Retrieval': []}),
    # A highlight that names a band of professors, "including" two of them, then says what it did: the names are examples
    # of the people the phrase describes, no byline, and the phrase no title.
    ('names given as examples in a bracket after a phrase', 'authors',
     'Some highlights:\n\n- Flo Rida was at an Intel party, straight out of a Silicon Valley scene\n'
     '- The Widgeteers (stat professors, including Ana Souza and Ben Park), performed in a live band for the final day reception\n'
     "- Chen Wei's test of time award talk, equating widgets to alchemy, spurred a ton of debate\n"
     '- One of the best papers has solved gizmo poker (no limit)!\n',
     {}),
    # Accepted papers copied from a programme, "Author(s): Name*, Affiliation; ..." under each title: a company's suffix
    # after its own comma ("Facebook, Inc.") is part of the affiliation; a tutorial tagged "[Tutorial]" is no paper.
    ('accepted papers with affiliations, a company suffix and a tagged tutorial', 'authors',
     'Titles that caught my eye:\n\n* Transparent Widget Models for Personalization\nAuthor(s): Ana Souza*, Carnegie Mellon '
     'University; Ben Park, Microsoft Research; Chen Wei, Widgetco, Inc.; Dana Levi, Gizmo Ltd.; Eli Cohen, Microsoft Corp.\n'
     '* Dense Gizmo Attention at Scale\nAuthor(s): Hana Mori*, Tsinghua University; Ivo Petrov, Beihang University\n'
     '* [Tutorial] Factorization Models for Widget Systems and Other Applications (slides: '
     '<a href="http://www.example.org/aktuelles/kdd_en.html" target="_blank">link</a>)\n(Lars Schmidt-Thieme, Steffen Rendle)\n',
     {'Transparent Widget Models for Personalization': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi', 'Eli Cohen'],
      'Dense Gizmo Attention at Scale': ['Hana Mori', 'Ivo Petrov']}),
    # Papers credited to where they come from: "by GTech, NASA-JPL, Caltech" lists institutions, no authors and no people
    # ("by Souza, Park and Wei" are surnames).
    ('titles by the institutions they come from', 'authors',
     '## Papers @ WidgetConf 2031\nMy top papers:\n\n'
     '- Sparse Widget Networks for Gizmo Parsing [[paper](http://www.roboticsproceedings.org/rss17/p002.pdf)] by DeepMind. <br />\n'
     '- Gizmo Trees for Widget Search [[paper](http://www.roboticsproceedings.org/rss17/p021.pdf)] by GTech, NASA-JPL, Caltech.\n'
     '- Widget Graph Kernels for Gizmo Retrieval [[paper](http://www.roboticsproceedings.org/rss17/p006.pdf)] by Souza, Park and Wei.\n'
     '- Dense Gizmo Attention at Scale [[paper](http://www.roboticsproceedings.org/rss17/p007.pdf)] by McGann, LeCun and Wei.\n',
     {'Sparse Widget Networks for Gizmo Parsing': [], 'Gizmo Trees for Widget Search': [],
      'Widget Graph Kernels for Gizmo Retrieval': ['Souza', 'Park', 'Wei'], 'Dense Gizmo Attention at Scale': ['McGann', 'LeCun', 'Wei']}),
    # Prose whose sentence ends with the linked title, then says where its code is: a paper and its code link.
    ('a linked title that ends its sentence, its code in the next one', 'code',
     '## Day 2\n\nI liked [Sparse Widget Networks for Gizmo Parsing](https://arxiv.org/abs/3101.00001) by Ana Souza. It parses '
     'gizmos with a widget net. The code is available at https://github.com/asouza/wn.\n\n'
     'Another one was [Dense Gizmo Attention at Scale](https://arxiv.org/abs/3101.00002). Their implementation is on '
     '[GitHub](https://github.com/cwei/dga).\n',
     {'Sparse Widget Networks for Gizmo Parsing': [['Ana Souza'], ['https://github.com/asouza/wn']],
      'Dense Gizmo Attention at Scale': [[], ['https://github.com/cwei/dga']]}),
    # Reference lists that repeat each bold title in a quoted reference line, "Names. Title. in Proceedings of ...":
    # names no lexicon knows, or given names the segmenter left before the line's title, are the one author.
    ('a quoted reference line repeating the title above, one author', 'authors',
     '- **Dense Gizmo Attention at Scale.**\n    > Eneko Agirre. Dense Gizmo Attention at Scale. '
     "in Proceedings of the 39th International ACM SIGIR conference on Research and Development in Information Retrieval, SIGIR 2016, Pisa, Italy, July 17-21, 2016(SIGIR' 16). 11-20. [paper](https://doi.org/10.1145/3101.0002)\n\n\n"
     '- **Rational Closure For All Description Logics (Extended Abstract).**\n'
     "    > Piero A. Bonatti. Rational Closure For All Description Logics (Extended Abstract). in Proceedings of the Twenty-Ninth International Joint Conference on Artificial Intelligence, IJCAI 2020(IJCAI' 20). 5025-5029. [paper](https://doi.org/10.24963/ijcai.2020/700)\n",
     {'Dense Gizmo Attention at Scale': ['Eneko Agirre'],
      'Rational Closure For All Description Logics (Extended Abstract)': ['Piero A. Bonatti']}),
    # A reference list whose lines end in the venue's place, "..., February 12-17, 2031, Phoenix, Arizona, USA." (an AAAI 2016
    # list, quoted): the city and the state are no authors.
    ('references ending in the city and state of the venue', 'authors',
     '\n'
     '- **A Model for Learning Description Logic Ontologies Based on Exact Learning.**\n'
     "    > Boris Konev, Ana Ozaki, Frank Wolter. A Model for Learning Description Logic Ontologies Based on Exact Learning. in Proceedings of the Thirtieth AAAI Conference on Artificial Intelligence, February 12-17, 2016, Phoenix, Arizona, USA.(AAAI' 16). 1008-1015. [paper](http://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/view/11948)\n"
     '\n'
     '\n'
     '- **Business-Aware Visual Concept Discovery from Social Media for Multimodal Business Venue Recognition.**\n'
     "    > Bor-Chun Chen, Yan-Ying Chen, Francine Chen, etc. Business-Aware Visual Concept Discovery from Social Media for Multimodal Business Venue Recognition. in Proceedings of the Thirtieth AAAI Conference on Artificial Intelligence, February 12-17, 2016, Phoenix, Arizona, USA.(AAAI' 16). 101-107. [paper](http://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/view/12217)\n"
     '\n'
     '\n'
     '- **Agenda Separability in Judgment Aggregation.**\n'
     "    > Jérôme Lang, Marija Slavkovik, Srdjan Vesic. Agenda Separability in Judgment Aggregation. in Proceedings of the Thirtieth AAAI Conference on Artificial Intelligence, February 12-17, 2016, Phoenix, Arizona, USA.(AAAI' 16). 1016-1022. [paper](http://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/view/12084)\n"
     '\n'
     '\n'
     '- **Basic Probabilistic Ontological Data Exchange with Existential Rules.**\n'
     "    > Thomas Lukasiewicz, Maria Vanina Martinez, Livia Predoiu, etc. Basic Probabilistic Ontological Data Exchange with Existential Rules. in Proceedings of the Thirtieth AAAI Conference on Artificial Intelligence, February 12-17, 2016, Phoenix, Arizona, USA.(AAAI' 16). 1023-1029. [paper](http://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/view/12243)\n"
     '\n'
     '\n'
     '- **Resistance to Corruption of Strategic Argumentation.**\n'
     "    > Michael J. Maher. Resistance to Corruption of Strategic Argumentation. in Proceedings of the Thirtieth AAAI Conference on Artificial Intelligence, February 12-17, 2016, Phoenix, Arizona, USA.(AAAI' 16). 1030-1036. [paper](http://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/view/12010)\n"
     '\n'
     '\n'
     '- **Causal Explanation Under Indeterminism: A Sampling Approach.**\n'
     "    > Christopher A. Merck, Samantha Kleinberg. Causal Explanation Under Indeterminism: A Sampling Approach. in Proceedings of the Thirtieth AAAI Conference on Artificial Intelligence, February 12-17, 2016, Phoenix, Arizona, USA.(AAAI' 16). 1037-1043. [paper](http://www.aaai.org/ocs/index.php/AAAI/AAAI16/paper/view/11953)\n"
     '\n',
     {'A Model for Learning Description Logic Ontologies Based on Exact Learning': ['Boris Konev', 'Ana Ozaki', 'Frank Wolter'],
      'Business-Aware Visual Concept Discovery from Social Media for Multimodal Business Venue Recognition':
          ['Bor-Chun Chen', 'Yan-Ying Chen', 'Francine Chen'],
      'Agenda Separability in Judgment Aggregation': ['Jérôme Lang', 'Marija Slavkovik', 'Srdjan Vesic'],
      'Basic Probabilistic Ontological Data Exchange with Existential Rules': ['Thomas Lukasiewicz', 'Maria Vanina Martinez', 'Livia Predoiu'],
      'Resistance to Corruption of Strategic Argumentation': ['Michael J. Maher'],
      'Causal Explanation Under Indeterminism: A Sampling Approach': ['Christopher A. Merck', 'Samantha Kleinberg']}),
    # ... a title that ends in a question mark: the reference line under it is no candidate of its own, its names are
    # read from it directly.
    ('a quoted reference line under a question title, one author', 'authors',
     '- **Two Sample Gizmo-tests for Widget Evaluation: Student or Welch?**\n    > Eneko Agirre. Two Sample Gizmo-tests for '
     "Widget Evaluation: Student or Welch? in Proceedings of the 39th International Widget Conference, WC 2031, Pisa, Italy, "
     "July 17-21, 2031(WC' 31). 1-4. [paper](https://doi.org/10.1145/3101.0004)\n",
     {'Two Sample Gizmo-tests for Widget Evaluation: Student or Welch?': ['Eneko Agirre']}),
    # ... but a "[Workshop]" tag may mark a workshop's paper: it keeps its title and byline.
    ('a paper tagged as a workshop paper beside a tagged tutorial', 'authors',
     'Titles that caught my eye:\n\n* Dense Gizmo Attention at Scale\nAuthor(s): Hana Mori*, Tsinghua University; Ivo Petrov, '
     'Beihang University\n* [Workshop] Sparse Widget Networks for Gizmo Parsing\nAuthor(s): Ana Souza, Widget University; Ben Park, '
     'Gizmo Institute\n* [Tutorial] Factorization Models for Widget Systems and Other Applications\n(Lars Schmidt-Thieme, Steffen Rendle)\n',
     {'Dense Gizmo Attention at Scale': ['Hana Mori', 'Ivo Petrov'],
      'Sparse Widget Networks for Gizmo Parsing': ['Ana Souza', 'Ben Park']}),
    # A table of award papers, each author on a line of the cell with the affiliation after a comma: a company named
    # "... Enterprise" is where its author works, no author ("Hewlett" and "Packard" are surnames too).
    ('a table of award papers with an affiliation after each author', 'authors',
     '| Year | Title | Authors |\n| --- | --- | --- |\n'
     '| 2031 | Widget Filters with Fast Succinct Gizmos | Ana Souza, Carnegie Mellon University<br>Ben Park, Intel Labs<br>'
     'Chen Wei, Hewlett Packard Enterprise<br>Dana Levi, Carnegie Mellon University |\n'
     '| 2030 | Parallel Widget Computations | Eli Cohen, University of Edinburgh<br>Fay Mori, Beihang University |\n',
     {'Widget Filters with Fast Succinct Gizmos': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Levi'],
      'Parallel Widget Computations': ['Eli Cohen', 'Fay Mori']}),
    # Papers listed under bold category lines ("**Table-to-Text Generation:**"), one a paragraph each: the category line
    # below a paper is no byline of it (words joined by "-to-" make no name), and "> See also: A, B, C and <url>" under
    # a paper points to more work, no title.
    ('papers under bold category lines, a pointer to more work under one', 'authors',
     ':heavy_minus_sign: [Bridging the Gap Between Encoding and Decoding for Widget-To-Text Generation]'
     '(https://virtual.acl2031.org/paper_main.224.html) [**(paper)**](https://www.aclweb.org/anthology/2031.acl-main.224.pdf)\n\n'
     '**Table-to-Text Generation:**\n\n'
     ':heavy_minus_sign: [Logical Gizmo Generation from Open-Domain Tables](https://virtual.acl2031.org/paper_main.708.html) '
     '[**(paper)**](https://www.aclweb.org/anthology/2031.acl-main.708.pdf)\n'
     '> See also: Ana Souza, Ben Park, Chen Wei and https://cogsci.example.org/2031/papers/0363/0363.pdf\n\n'
     ':heavy_minus_sign: [Towards Faithful Neural Table-to-Widget Generation](https://virtual.acl2031.org/paper_main.101.html) '
     '[**(paper)**](https://www.aclweb.org/anthology/2031.acl-main.101.pdf)\n\n'
     '**AMR-to-Text Generation:**\n\n'
     ':heavy_minus_sign: [GPT-too: A Language-Model-First Approach for AMR-to-Widget Generation](https://virtual.acl2031.org/paper_main.1.html)\n',
     {'Bridging the Gap Between Encoding and Decoding for Widget-To-Text Generation': [],
      'Logical Gizmo Generation from Open-Domain Tables': [],
      'Towards Faithful Neural Table-to-Widget Generation': [],
      'GPT-too: A Language-Model-First Approach for AMR-to-Widget Generation': []}),
    # A reading list of linked articles, each with who wrote it and when in square brackets after the link: a month
    # before a year ("[Jan 2031]", "[Ana Souza, Jan 2031]") is a date, no one-word name.
    ('linked articles with their author and month in square brackets', 'authors',
     '> 1. [Widget Nets are not all you need. A State of the Art Review of Gizmo Models](https://arxiv.org/abs/3101.04655) [Jan 2031]\n'
     '> 2. [Working with Widget-like Gizmos Reliably: Look at More Than the Technology](https://www.example.org/pulse/widgets/) '
     '[Ana Souza, Jan 2031]. _Argues for more than one pillar._\n'
     '> 3. [Widget Models Pass the Gizmo Exam Given by a Springfield Professor](https://www.example.com/tech/widget-exam) '
     '[Passing the test with a B grade, March 2031]\n',
     {'Widget Nets are not all you need. A State of the Art Review of Gizmo Models': [],
      'Working with Widget-like Gizmos Reliably: Look at More Than the Technology': ['Ana Souza'],
      'Widget Models Pass the Gizmo Exam Given by a Springfield Professor': []}),
    # Linked titles each filed under a topic's label and a dash ("- Retrieval - [Title](url)"): the label is no part of
    # the title (a label and a colon never was).
    ('linked titles after a topic label and a dash', 'authors',
     '## Papers\n\n- Retrieval - [Dense Widget Retrieval for Open-Domain Gizmo Answering](https://arxiv.org/abs/3004.04906)\n'
     '- Generation: [Controllable Gizmo Generation with Widget Prompts](https://arxiv.org/abs/3004.04907)\n'
     '- Shared Tasks - [Introduction to the Widget-2031 Shared Task: Language-Independent Gizmo Recognition]'
     '(https://aclanthology.org/W31-2024/)\n',
     {'Dense Widget Retrieval for Open-Domain Gizmo Answering': [],
      'Controllable Gizmo Generation with Widget Prompts': [],
      'Introduction to the Widget-2031 Shared Task: Language-Independent Gizmo Recognition': []}),
    # A title whose subtitle is a list of phrases, one a word no dictionary holds ("Datasets"): the segmenter reads
    # "Parsers, Datasets" as a surname and a given name; no names, the whole list is the title's.
    ('title ending in a list of phrases and a word no dictionary holds', 'authors',
     '1. Gizmo Faults in Widget Parsing: Faults, Parsers, Datasets, Fault Detectors\n'
     '2. Sparse Gizmo Attention at Scale\n',
     {'Gizmo Faults in Widget Parsing: Faults, Parsers, Datasets, Fault Detectors': [], 'Sparse Gizmo Attention at Scale': []}),
    # A programme's talks, "Title at Company, Speaker (Company)": the company after "at" is the title's, not a name (a
    # title never ends in "at"); a long entry, "Title. Speaker (Affiliation)*; ...", its stop before an unknown given
    # name and an affiliation with a bracket of its own ("(Gizmo Institute of Technology (Shenzhen))").
    ('talks at companies and affiliated bylines after a stop', 'authors',
     '- Sparse Widget Search at Gizmocorp, Ana Souza (Gizmocorp)\n'
     '- Dense Gizmo Retrieval for Widget Stores, Ben Park (Widgetco)\n'
     '- Contrastive Widget Pretraining with Gizmo Labels, Chen-Yu Wei (Widget Labs)\n'
     '- Efficient Gizmo Queries with Widget Filters. Zhuoxi Tan (Widget University of Science)\\*; Dana Levi (Widget '
     'University of Science); Eli Cohen (Gizmo Institute of Technology (Shenzhen)); Fay Wong (Widget Labs); Gil Amir (WU)\n',
     {'Sparse Widget Search at Gizmocorp': ['Ana Souza'], 'Dense Gizmo Retrieval for Widget Stores': ['Ben Park'],
      'Contrastive Widget Pretraining with Gizmo Labels': ['Chen-Yu Wei'],
      'Efficient Gizmo Queries with Widget Filters': ['Zhuoxi Tan', 'Dana Levi', 'Eli Cohen', 'Fay Wong', 'Gil Amir']}),
    # A lab's post: "first-authored by [A](url), also in collaboration with [B](url)" after the linked title names its
    # authors.
    ('first-authored by and in collaboration with', 'authors',
     'At the conference, Hady presented the paper [Sparse Widget Networks for Gizmo Parsing](https://widgets.example/paper.pdf). '
     'This was first-authored by [Ana Souza](https://asouza.example), also in collaboration with [Ben Park](https://bpark.example/), '
     'who will be her postdoc host.\n',
     {'Sparse Widget Networks for Gizmo Parsing': ['Ana Souza', 'Ben Park']}),
    # A kind of paper some venues hold is no paper: "Gizmo Demonstration (ACL, NAACL, EMNLP など): ..." (one paper
    # appears at one venue), "[Gizmo Demonstration Track](url)" (a track's name); nor is a journal's name in a table
    # of venues ("IEEE Transactions on ...", "International Journal of ...", "Journal of ...").
    ('kinds of paper, tracks and journals', 'authors',
     'ざっくりいうと、\n\n- Widget Track(KDD, Recsys など): 実応用での学びがあった\n'
     '- Gizmo Demonstration (ACL, NAACL, EMNLP など): NLP に関わる人に便利な道具を作った\n\nと、背景が違いそうですね。\n\n'
     '## Papers\n\n- [Sparse Widget Networks for Gizmo Parsing](https://arxiv.org/abs/2031.00001), Ana Souza, Ben Park\n'
     '- [Gizmo Demonstration Track](https://widgetconf.example/demos)\n'
     '- [Dense Gizmo Retrieval for Widget Stores](https://arxiv.org/abs/2031.00002), Chen Wei\n\n'
     '## Venues\n\n| # | Name | Category | h5-index |\n| --- | --- | --- | --- |\n'
     '| 8 | IEEE Transactions on Widget Analysis and Gizmo Intelligence | CV | 179 |\n'
     '| 9 | International Journal of Gizmo Vision | CV | 150 |\n| 10 | Journal of Widget Learning Research | AI | 106 |\n',
     {'Sparse Widget Networks for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Dense Gizmo Retrieval for Widget Stores': ['Chen Wei']}),
    # An award page in plain text: a title line over a line of names only, the title in sentence case, opening "We"
    # or a question ("We need to talk about widget splits" / "Dana Levi and Eli Cohen"), is a paper; "The Best Short
    # Paper" over it is the award, no paper named "Best Short".
    ('award page of sentence-case titles over names', 'authors',
     'The Best Demo Paper\n\nGizmoKit: An Open Source Framework for Widget Estimation\nAna Souza, Ben Park and Chen Wei\n\n'
     'Outstanding Papers\n\nWe need to talk about widget splits\nDana Levi and Eli Cohen\n\n'
     'Sparse Widget Networks for Gizmo Parsing\nFay Wong\n\nThe Best Short Paper\n\n'
     'Do you know that widgets are packed with gizmos? Evaluating state-of-the-art models of gizmo commitment.\n'
     'Gil Amir and Hana Mori\n\nThe best demo paper was selected by the demo chairs Ida Berg and Jon Snow.\n',
     {'GizmoKit: An Open Source Framework for Widget Estimation': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'We need to talk about widget splits': ['Dana Levi', 'Eli Cohen'], 'Sparse Widget Networks for Gizmo Parsing': ['Fay Wong'],
      'Do you know that widgets are packed with gizmos? Evaluating state-of-the-art models of gizmo commitment':
          ['Gil Amir', 'Hana Mori']}),
    # A title linked to a scholar's page of that one work ("citations?view_op=view_citation&..."): a paper, not a
    # person's profile whose anchor names her (as "citations?user=..." is).
    ('title linked to a scholar page of the work', 'authors',
     '## Papers\n\n- [Widget SLAM: a gizmo-inspired mapping system](https://scholar.google.com/citations?view_op=view_citation'
     '&hl=en&user=AbCdEfGhIjK&citation_for_view=AbCdEfGhIjK:hMod-77fHWUC), Ana Souza, Ben Park\n'
     '- [Sparse Widget Networks for Gizmo Parsing](https://arxiv.org/abs/2031.00001), Chen Wei\n\n'
     "More on [Dana Levi](https://scholar.google.com/citations?user=XyZXyZXyZ12&hl=en)'s page.\n",
     {'Widget SLAM: a gizmo-inspired mapping system': ['Ana Souza', 'Ben Park'],
      'Sparse Widget Networks for Gizmo Parsing': ['Chen Wei']}),
    # Numbered titles, each over a note: the one surname the note cites with "et al." is its author when the note
    # says what they do in the present tense ("Souza et. al show that ...") or points at the paper ("This paper ...
    # Park et al. combine ..."); not a work the note compares it with ("Unlike Levi et al. (2030), they ...").
    ('numbered titles over notes citing their authors', 'authors',
     "Papers we liked at WidgetConf 2031.\n\n1. Failures of Gizmo-Based Widget Learning\n\nWhy it's cool: gradient methods fail "
     "on some widget tasks. Souza et. al show that widget losses stay flat whatever the hypothesis.\n\n"
     "2. Parseval Gizmos: Improving Robustness to Widget Examples\n\nWhy it's cool: the network gets more robust. Unlike "
     "Levi et al. (2030), they bound the Lipschitz constant.\n\n3. Learning Widget Stages from Gizmo Signals\n\nWhy it's "
     "cool: This paper uses gizmo signals to predict widget stages. Park et al. combine a CNN and an RNN.\n",
     {'Failures of Gizmo-Based Widget Learning': ['Souza'], 'Parseval Gizmos: Improving Robustness to Widget Examples': [],
      'Learning Widget Stages from Gizmo Signals': ['Park']}),
    # A lab's news of its papers: the slot line under each ("14:30 pm 26 Apr 2031 CET / Hall G2 / Widgets and Social
    # Good") is no title (no catalogue title opens with a date); 'the paper **["Title"](pdf)** led by Taesoo' gets the
    # name its quote's reading found when the line's reading as a record found none.
    ('lab news with talk slots and papers led by students', 'authors',
     '## Papers\n\n**Widget Nets for Gizmo Parsing**\n_Ana Souza, Ben Park_\n\n'
     '[ACM DL](https://dl.acm.org/doi/10.1145/3544548.0000001) // [Talk Video](https://www.youtube.com/watch?v=abc)\n\n'
     '16:49 pm 26 Apr 2031 CET / Hall A / Videos\n\n**Sparse Gizmo Attention at Scale**\n_Chen Wei, Dana Levi_\n\n'
     '[ACM DL](https://dl.acm.org/doi/10.1145/3544548.0000002)\n\n14:30 pm 26 Apr 2031 CET / Hall G2 / Widgets and Social Good\n\n'
     '## Workshop\n\nAlso, the paper **["Gizmo Canvas: Object-Oriented Interaction to Personalize Widget-Powered Writing"]'
     '(https://lab.example/2031/canvas.pdf)** led by Taesoo, and **["Moderating Widget Inquiries to Alleviate Gizmo Stress"]'
     '(https://lab.example/2031/moderating.pdf)** led by Hyung-Kwon is accepted to the Workshop on [Generative Widgets]'
     '(https://widgets.example/).\n',
     {'Widget Nets for Gizmo Parsing': ['Ana Souza', 'Ben Park'], 'Sparse Gizmo Attention at Scale': ['Chen Wei', 'Dana Levi'],
      'Gizmo Canvas: Object-Oriented Interaction to Personalize Widget-Powered Writing': ['Taesoo'],
      'Moderating Widget Inquiries to Alleviate Gizmo Stress': ['Hyung-Kwon']}),
    # A reading list: a linked title, then its venue's short name, year and the writer's mark, perhaps a notes link; the venue
    # is no word of the title, and a title opening with mixed-case letters and a colon ("HoST:") is no role's field ("Host:").
    ('linked title then venue year mark and notes', 'code',
     '## Sim-to-Real\n- [Robust Widget Policies for Gizmo Assembly via Reinforcement Learning: A Large-Scale Study]'
     '(https://arxiv.org/pdf/2601.00001.pdf) RSS, 2031 (5) [[notes](https://github.com/asouza/notes/blob/main/Widget%20Nets.md)]\n'
     '- [HoST: Learning Gizmo Standing-up across Widgets](https://asouza.github.io/host/) pre-print, 2031 (0)\n'
     '- [GizmoPlus: Widget Shadowing and Imitation from Gizmos](https://arxiv.org/pdf/2601.00002.pdf) CoRL, 2030 (2) '
     '[[notes](https://github.com/asouza/notes/blob/main/GizmoPlus.md)]\n',
     {'Robust Widget Policies for Gizmo Assembly via Reinforcement Learning: A Large-Scale Study': [[], []],
      'HoST: Learning Gizmo Standing-up across Widgets': [[], ['https://asouza.github.io/host/']],
      'GizmoPlus: Widget Shadowing and Imitation from Gizmos': [[], []]}),
    # A proceedings' table of contents (ACM's, as text): a session, each title over a list of its authors, one name an item,
    # then its abstract; the names are the paper's, not people of the report.
    ('proceedings toc: title over one name an item', 'names',
     "SESSION: Conversational Widgets\n\nWSCRS: Multi-modal Widget Graph Prompt Learning for Conversational Gizmo Systems\n\n"
     "  • Ana Souza\n  • Ben Park\n  • Chen Wei\n\nConversational gizmo systems aim to provide widgets by talking with users.\n\n"
     "Sparse Gizmo Attention for Widget Retrieval at Scale\n\n  • Dana Levi\n  • Emil Novak\n\nWe study widgets.\n",
     {'WSCRS: Multi-modal Widget Graph Prompt Learning for Conversational Gizmo Systems': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Sparse Gizmo Attention for Widget Retrieval at Scale': ['Dana Levi', 'Emil Novak']}),
    ('proceedings toc html: linked heading over a list of names', 'names',
     '<html><body><h2>SESSION: Conversational Widgets</h2>\n<h3><a class="DLtitleLink" title="Full Citation in the ACM Digital Library" '
     'href="https://dl.acm.org/doi/10.1145/3726302.3729001">WSCRS: Multi-modal Widget Graph Prompt Learning for Conversational Gizmo Systems</a></h3>\n'
     '<ul class="DLauthors">\n<li class="nameList">Ana Souza</li>\n<li class="nameList">Ben Park</li>\n<li class="nameList Last">Chen Wei</li>\n</ul>\n'
     '<div class="DLabstract"><p>Conversational gizmo systems aim to provide widgets by talking with users.</p></div>\n'
     '<h3><a class="DLtitleLink" href="https://dl.acm.org/doi/10.1145/3726302.3729002">Sparse Gizmo Attention for Widget Retrieval</a></h3>\n'
     '<ul class="DLauthors">\n<li class="nameList">Dana Levi</li>\n<li class="nameList Last">Emil Novak</li>\n</ul>\n</body></html>',
     {'WSCRS: Multi-modal Widget Graph Prompt Learning for Conversational Gizmo Systems': ['Ana Souza', 'Ben Park', 'Chen Wei'],
      'Sparse Gizmo Attention for Widget Retrieval': ['Dana Levi', 'Emil Novak']}),
    # A programme's tutorials, each after its numbered label ("Tutorial 1–", "Tutorial 6;") over its presenters: talks, not
    # papers, whatever their bylines make them look like.
    ('numbered tutorial labels over their presenters', 'names',
     '## Sunday\n\n* **Tutorial 1– Widget Models for Gizmo Systems: Principles, Practices and Beyond** <br> <small>Room : Hall 1 (Level 2) </small><br>\n'
     '*Ana Souza, and Ben Park, and Chen Wei*\n* **Tutorial 2 - Interactive Widget Generation (with a focus on Gizmo Revision)** <br> <small>Room : Hall 2</small><br>\n'
     '*Dana Levi, and Emil Novak*\n* **Tutorial 6; Presentation Matters: How to Communicate Widgets in the Wild?** <br> <small>Room: Hall 3</small><br>\n'
     '*Hana Mori and Ido Katz*\n',
     {}),
    # A writer's point that ends on a linked title, hard-wrapped: "... zero-shot! The same was with the [Title](url)." The
    # sentence before the anchor is the point, the anchor the paper (its stop after the link no part of it).
    ('a point ending on a wrapped linked title', 'names',
     '## Takeaways\n\n* Widget size matters! The larger the widget, the more gizmos.\n'
     '* Pivoting beats zero-shot! The same was with the [Improving Massively\n  Multilingual Widget Translation and Zero-Shot\n'
     '  Gizmos](https://aclanthology.org/2031.wid-main.148/).\n',
     {'Improving Massively Multilingual Widget Translation and Zero-Shot Gizmos': []}),
    # A writer's picks: "**Title**: note. [Lab / Name] [ACL Anthology](url)". The emphasis holds the title (its colon too, at
    # times); the note after it is the writer's, in sentence case or lower case; "[ACL Anthology]" labels the link.
    ('bold title colon note and an anthology label', 'names',
     '## Efficiency\n\n- ★ **WidgetBERT — Smarter, Better, Faster, Longer**: A modernized encoder-only widget model with strong gains over '
     'classic gizmos (longer context, better downstream, faster). [Widgetco] [ACL Anthology](https://aclanthology.org/2031.wid-long.127/)\n'
     '- **SCULPT: Systematic Tuning of Long Widgets:** Structured tuning for *very long* widgets and ways to compress them. '
     '[ACL Anthology](https://aclanthology.org/2031.wid-long.730/)\n'
     '- **Multi-Hop Reasoning for Gizmo Answering with Hyperbolic Widgets**: non-Euclidean geometry in widgets! '
     '[ACL Anthology](https://aclanthology.org/2031.findings-wid.908/)\n'
     '- **Can External Gizmo Tools Improve Widget-as-a-Judge?** (Gizmo Labs): Tool-assisted judging improves annotation quality versus '
     'pure widget judges. Maybe useful for pipelines. [ACL Anthology](https://aclanthology.org/2031.wid-long.779/)\n'
     '- **Is That Your Final Widget? Test-Time Scaling for Selective Gizmos**: [ACL Anthology](https://aclanthology.org/2031.wid-short.50/)\n',
     {'WidgetBERT — Smarter, Better, Faster, Longer': [], 'SCULPT: Systematic Tuning of Long Widgets': [],
      'Multi-Hop Reasoning for Gizmo Answering with Hyperbolic Widgets': [], 'Can External Gizmo Tools Improve Widget-as-a-Judge?': [],
      'Is That Your Final Widget? Test-Time Scaling for Selective Gizmos': []}),
    # A short reading list: three titles, one in sentence case, each over its notes; two taken make the third one of them.
    ('three-item list with one sentence-case title', 'names',
     '### Conferences\nWCV2031: [paperlist](https://docs.example.org/sheet), [conference page](https://wcv2031.example.org/)\n\n\n'
     '- SuperWidget: Scene Reconstruction at a Widget Level\n  \n  Semantic widgets and reconstruction, with normals.\n\n'
     '- RIGA: Rotation-Invariant and Globally-Aware Descriptors for Gizmo Registration\n  \n'
     '  3d gizmo registration. Use **rotation-invariant widgets**(sec3.2).\n\n'
     '- Flow matching for Generative Modeling\n  \n  "Flow matching" refers to a type of generative models, which enables the modeling of '
     '**an optimal transport path between two widgets**.\n\n  Tutorial: [Widget MLG](https://mlg.example.org/blog/flow.html), '
     '[Gizmo blog](https://blog.example.org/139842872)\n  \n  Papers: \\[WCV31\\] Boosting Latent Widgets with Flow Matching\n',
     {'SuperWidget: Scene Reconstruction at a Widget Level': [], 'RIGA: Rotation-Invariant and Globally-Aware Descriptors for Gizmo Registration': [],
      'Flow matching for Generative Modeling': [], 'Boosting Latent Widgets with Flow Matching': []}),
    # A day's notes: a talk "from <speaker>, <company> on “Title”" (the talk's cue far before the quote) is a talk, not a
    # paper; the paper she discussed, "a Title (ACRONYM) paper", is one.
    ('a talk from a speaker on a quoted title, then the paper she discussed', 'names',
     'At 11 am, I listened to one of the best talks of today from Ana Souza, Widgetco AI on “Widgets - Now What?”. In her talk she '
     'reflected on the field. With that perspective she was discussing a Sparse Widget Attribution: Quantitative Testing with Gizmo '
     'Activation Vectors (SWAG) paper.\n',
     {'Sparse Widget Attribution: Quantitative Testing with Gizmo Activation Vectors': []}),
    # A system's name in bold opening a note ("**GizmoNav**: ...") is no author of a product linked in the note.
    ('a bold system name is no author of a linked product', 'names',
     '## Agents\n\n- **GizmoNav**: Unsupervised browser agents that learn via in-the-wild interaction; this feels like the tech behind '
     'the recently released [Widget for Chrome](https://www.widgetco.com/news/widget-for-chrome). [presented by Ana Souza] '
     '[Arxiv](https://arxiv.org/abs/2410.02907)\n',
     {}),
    # A note-taker's poster notes: each heading the venue and year, the first author's surname, a colon and the title as the
    # writer shortened it (lower case, a heading anchor after it); a coined name alone is a title too.
    ('venue year surname colon headings', 'names',
     '+++\ntitle = "ICLR2031 Friday Posters"\nauthor = ["Ana Souza"]\n+++\n\n'
     '## ICLR2031 Novak: contextual widget embeddings {#iclr2031-novak-contextual-widget-embeddings}\n\n'
     'Take a bunch of widget embeddings as input to produce a new one.\n\n\n'
     '## ICLR2031 Park: asynchronous gizmo learning for widget models {#iclr2031-park-asynchronous-gizmo-learning}\n\n'
     'Roll out and tune concurrently.\n\n\n'
     '## ICLR2031 Wei: GizmoLM {#iclr2031-wei-gizmolm}\n\nCombine four loss terms together.\n\n\n'
     "## ICLR2031 Levi: safety training of LM's generalized to related widgets {#iclr2031-levi-safety-training}\n\n"
     'Key insight: take some gizmo that does not work anymore and perturb it.\n',
     {'contextual widget embeddings': ['Novak'], 'asynchronous gizmo learning for widget models': ['Park'], 'GizmoLM': ['Wei'],
      "safety training of LM's generalized to related widgets": ['Levi']}),
    # A department's news of accepted papers (text of a web page): each title over a line of "Name Affiliation" items set
    # apart by commas, no brackets; the names are its authors and the line holds no title of its own.
    ('names each with an affiliation, no brackets', 'names',
     '15 Papers Accepted to WidgetConf 2031\n\nOur researchers presented their work at WidgetConf 2031.\n\n'
     'WIDGETSUMM: Evaluating Faithfulness in Gizmo Summarization\n'
     'Ana Souza Springfield University, Ben Park Answer.AI, Chen Wei Springfield University, Dana Maria Levi Gizmo Labs\n\n'
     'Abstract:\nHuman evaluation has been the gold standard for checking widgets.\n\n \n\n'
     'MASIVE: Open-Ended Widget State Identification in English and Spanish\n'
     'Emil Novak Springfield University, Ivan Ernesto Perez Mejia Springfield University, Hana Mori Springfield University\n',
     {'WIDGETSUMM: Evaluating Faithfulness in Gizmo Summarization': ['Ana Souza', 'Ben Park', 'Chen Wei', 'Dana Maria Levi'],
      'MASIVE: Open-Ended Widget State Identification in English and Spanish': ['Emil Novak', 'Ivan Ernesto Perez Mejia', 'Hana Mori']}),
    # An APA reference under a post, its year in brackets and a publisher after the title: the title ends at its full stop.
    ('apa reference with year and publisher', 'names',
     'A presentation by Souza and Park was based on a book(1) they recently published.\n\n'
     '(1) Souza, A. C., & Park, B. (2031). Designing the Widget Image, Imagining Gizmo Design. WGT Applied Research + Design.\n',
     {'Designing the Widget Image, Imagining Gizmo Design': ['A. C. Souza', 'B. Park']}),
    # A link to a library's page of a work, its anchor describing it: no title.
    ('a library entry described in a link anchor', 'names',
     'This piece was a bunch of gizmo cans emptied out and filled with electronics and actuators. Each can had a small keyboard '
     'in front, and its two actuators tapped keys on the keyboard. See the [ACM Digital Library Gizmobots entry]'
     '(https://dl.acm.org/doi/10.1145/3641523.3665167) for more information, and the photo for the curators\' abstract.\n',
     {}),
    # A note on one paper, its first line the title in sentence case and its first author's name with "et al" in brackets.
    ('a note opening with a title and its et al bracket', 'names',
     'Re-active widget learning (C.H. Souza, et al)\n\nHow to correctly re-label training gizmos?\n\nCurrently:\n'
     '    * Multiple labelers and the most common label\n    * Balance: more noisy data vs less better data\n',
     {'Re-active widget learning': ['C.H. Souza']}),
    # A highlights list: a title, then the writer's "code at owner/repo: what it is", then the citation in brackets.
    ('title then code at a repository and a citation', 'names',
     'Here are my necessarily idiosyncratic highlights.\n'
     'Millions of widget papers, especially for physical systems. Stay tuned for more.\n'
     '- Physics-Informed Widget Models code at asouza/PhysicsInformedWidgetModels: Implementation of Physics-Informed Widget Models; '
     '(Souza, Sun, and Novak 2031). Yo, I heard you liked widgets, so I widgeted your widgets. This trick is super cool and very simple.\n',
     {'Physics-Informed Widget Models': ['Souza', 'Sun', 'Novak']}),
        # A list item that names a tutorial by its speaker before what it was on (a RecSys 2011 reader's notes: "Daniel
        # Tunkelang(LinkedIn) did a very interesting tutorial on “...”"): the quote names a talk, not a paper.
        ("a speaker's tutorial named in a list item", "authors",
         "Notes from the week:\n\n"
         "  • Ana Souza(Widget Labs) did a very interesting tutorial on \"Widgets as a Conversation with the Gizmo\", where she focused on parsing.\n"
         "  • Ben Park (Gizmo Inc.) also stressed in his keynote that widgets matter.\n"
         "  • In the paper \"Each to Her Own: How Different Widgets Call for Different Gizmo Methods\", the authors found a lot.\n",
         {"Each to Her Own: How Different Widgets Call for Different Gizmo Methods": []}),
        # Two sentence-case headings side by side, each over notes that end "Read the [paper](arxiv) for more details." (a
        # NeurIPS 2020 favourites post): each links its paper; and "**Widget Subset Selection Problem**" after "considers the"
        # names what a paper is about, not a paper.
        ("sentence-case headings each over its own paper link", "authors",
         "# WidgetConf 2031 Favorite Papers\n\n## Orals\n\n"
         "### Gizmo Feynman 2.0: Pareto-optimal symbolic regression exploiting widget modularity\n\n"
         "**Gizmo Feynman 2.0** solves **symbolic regression**: a challenge to find a symbolic expression that fits the data.\n\n"
         "Read the [paper](https://arxiv.org/abs/3106.10782) for more details.\n\n"
         "### Improved guarantees and a multiple-descent curve for widget subset selection\n\n"
         "This award-winning paper considers the **Widget Subset Selection Problem** (**WSSP**), a well-studied task.\n\n"
         "Read the [paper](https://arxiv.org/abs/3102.09073) for more details.\n",
         {"Gizmo Feynman 2.0: Pareto-optimal symbolic regression exploiting widget modularity": [],
          "Improved guarantees and a multiple-descent curve for widget subset selection": []}),
        # ... and "the **Widget Subset Selection Problem**" after "paper considers" names what a paper is about, not a paper
        # ("the **Title** paper" names one).
        ("an emphasised problem's name after an article", "authors",
         "This award-winning paper considers the **Widget Subset Selection Problem** (**WSSP**), a well-studied task.\n\n"
         "We also liked the **Sparse Widget Trees for Gizmo Parsing** paper, presented on Monday.\n",
         {"Sparse Widget Trees for Gizmo Parsing": []}),
        # A heading per paper over its byline in capitals, in italics, one name and "et. al." (a CVPR reader's notes:
        # "*FENGZHU ZENG et. al.*") or names joined by "and": the names are the authors.
        ("a byline in capitals and et. al. under each heading", "authors",
         "### Widget Parsing with Sparse Gizmo Trees\n*ANA SOUZA et. al.*\n\nA nice paper on widgets.\n\n"
         "### Sparse Gizmo Attention for Long Widget Sequences\n*BEN PARK et. al.*\n\nAnother one.\n",
         {"Widget Parsing with Sparse Gizmo Trees": ["ANA SOUZA"], "Sparse Gizmo Attention for Long Widget Sequences": ["BEN PARK"]}),
        ("a byline in capitals joined by and under each heading", "authors",
         "### Widget Parsing with Sparse Gizmo Trees\n*ANA SOUZA and BEN PARK*\n\nA nice paper on widgets.\n\n"
         "### Sparse Gizmo Attention for Long Widget Sequences\nDANA LEVI and EMIL NOVAK\n\nAnother one.\n",
         {"Widget Parsing with Sparse Gizmo Trees": ["ANA SOUZA", "BEN PARK"],
          "Sparse Gizmo Attention for Long Widget Sequences": ["DANA LEVI", "EMIL NOVAK"]}),
        # A title in two bold parts around a colon (an ICML 2025 reading list: "**Aligned but Blind**: **Alignment
        # Increases ...**"): one title, not a field's name and its value.
        ("a title in two bold parts around a colon", "authors",
         "## Papers\n\n"
         "- **Aligned but Blind**: **Alignment Increases Implicit Widget Bias by Reducing Awareness of Gizmos** "
         "([arXiv](https://arxiv.org/abs/3102.00001))\n"
         "- **Sparse Widget Trees**: **Parsing Gizmos Without Labels** ([arXiv](https://arxiv.org/abs/3102.00002))\n",
         {"Aligned but Blind: Alignment Increases Implicit Widget Bias by Reducing Awareness of Gizmos": [],
          "Sparse Widget Trees: Parsing Gizmos Without Labels": []}),
        # A bold title and its authors inside one link's anchor (a reading list: "[**Title**, Anna Goldie](arxiv)"): the
        # names after the bold title are its authors, not part of it.
        ("a bold title and its names inside one anchor", "authors",
         "- [**Widget Parsing with Sparse Gizmo Trees**, Ana Souza](https://arxiv.org/abs/3101.00001)\n"
         "- [**Sparse Gizmo Attention for Long Widget Sequences**, Dana Levi and Emil Novak](https://arxiv.org/abs/3101.00003)\n",
         {"Widget Parsing with Sparse Gizmo Trees": ["Ana Souza"],
          "Sparse Gizmo Attention for Long Widget Sequences": ["Dana Levi", "Emil Novak"]}),
        # ... but a field's short value in bold stays a field's ("**Main Result**: **Faster Than Gizmo Nets**").
        ("a field and its short bold value under a paper's heading", "authors",
         "## Widget Nets for Sparse Gizmo Parsing\n\n- **Key Idea**: **Use Sparse Widgets Everywhere**\n"
         "- **Main Result**: **Faster Than Gizmo Nets**\n- **Research Interests**: **Low-resource NLP**\n",
         {"Widget Nets for Sparse Gizmo Parsing": []}),
        # A press release's quotation and who said it (a CVPR 2024 press release: '"CVPR is the preeminent event for ...,"
        # said <name>, Professor of ...'): what someone said, not a paper by that person; the quoted titles of its awards stay.
        ("a quotation and who said it", "authors",
         "Technical Program\n"
         "Even with the conference's rapid growth, the technical program remained highly competitive.\n"
         "\"ICLR is the preeminent event for widget parsing and related areas,\" said Ana Souza, Professor of Gizmos at "
         "Springfield University, Ind., U.S.A., and ICLR 2031 Program Co-Chair.\n"
         "Paper Award Winners\n"
         "This year's awardees included Best Paper Winners \"Sparse Widget Dynamics\" from Widget Research.\n",
         {"Sparse Widget Dynamics": []}),
        # A table of papers whose authors cell gives each name its affiliation in brackets (an ECCV 2022 list of accepted
        # papers): a name typed in lower case opens, ends or sits inside the list ("ana souza (Widget U)*; Ben Park (...)";
        # "...; rong jin (Gizmo Labs)"), and a bracket the segmenter read on with a name ends it.
        ("names typed in lower case in a table cell of names with affiliations", "authors",
         "| **Paper ID** | **Paper Title** | **Authors** |\n| --- | --- | --- |\n"
         "| 1185 | Tracking Widgets as Pixel-wise Gizmo Distributions | Zelin Zhao (The Chinese University of Hong Kong)*; Ze Wu (Megvii); "
         "Yueqing Zhuang (Megvii Inc Company); Boxun Li (Megvii Inc.); Jiaya Jia (Chinese University of Hong Kong) |\n"
         "| 4417 | Restore Widgets Globally, Refine Gizmos Locally | xiaotao hu (Nankai University); Jun Xu (Nankai University)*; "
         "Shuhang Gu (ETH Zurich, Switzerland); Li Liu (the inception institute of artificial intelligence) |\n"
         "| 1545 | GizmoFormer: Center-based Widget Transformer for 3D Detection | Zixiang Zhou (University of Central Florida)*; "
         "xiangchen zhao (Tusimple); Yu Wang (Tusimple); Hassan Foroosh (University of Central Florida); rong jin (Alibaba) |\n",
         {"Tracking Widgets as Pixel-wise Gizmo Distributions": ["Zelin Zhao", "Ze Wu", "Yueqing Zhuang", "Boxun Li", "Jiaya Jia"],
          "Restore Widgets Globally, Refine Gizmos Locally": ["xiaotao hu", "Jun Xu", "Shuhang Gu", "Li Liu"],
          "GizmoFormer: Center-based Widget Transformer for 3D Detection": ["Zixiang Zhou", "xiangchen zhao", "Yu Wang", "Hassan Foroosh",
                                                                           "rong jin"]}),
        ("titles of a papers-with-code list the judge doubted alone", "authors",
         "# WCLR2031-Code\nWCLR 2031 论文开源项目合集\n\n- [目标检测](#Object-Detection)\n- [实例分割](#Instance-Segmentation)\n\n"
         "**更新记录：**\n\n- 20310405：添加 8 篇论文（目标检测、语义分割等方向）\n- 20310408：添加 6 篇论文（目标跟踪等方向）\n\n"
         "<a name=\"Object-Detection\"></a>\n\n# 目标检测\n\n"
         "**Bounding Box Regression with Uncertainty for Accurate Widget Detection**\n\n"
         "- arXiv：<https://arxiv.org/abs/3109.08545>\n- github：<https://github.com/asouza/KL-Loss>\n\n"
         "<a name=\"Instance-Segmentation\"></a>\n\n# 实例分割\n\n"
         "**Mask Scoring W-CNN**\n- arXiv：<https://arxiv.org/abs/3103.00241>\n- github：<https://github.com/bpark/maskscoring_wcnn>\n\n"
         "**Dual Attention Network for Widget Segmentation**\n- arXiv：<https://arxiv.org/abs/3109.02983>\n"
         "- github：<https://github.com/dlevi/DANet>\n",
         {"Bounding Box Regression with Uncertainty for Accurate Widget Detection": [], "Mask Scoring W-CNN": [],
          "Dual Attention Network for Widget Segmentation": []}),
        # ... labels in two languages ("论文/Paper:", "代码/Code: None", a Chinese CVPR 2023 list), and titles in sentence case
        # over them.
        ("sentence-case bold titles over bilingual labelled links", "authors",
         "# 图像分类/Image Classification\n\n"
         "**Hierarchical discriminative learning improves visual representations of widget microscopy**\n\n"
         "- 论文/Paper: http://arxiv.org/pdf/3303.01605\n- 代码/Code: None\n\n"
         "**Three Guidelines You Should Know for Universally Slimmable Gizmo Learning**\n\n"
         "- 论文/Paper: http://arxiv.org/pdf/3303.06870\n- 代码/Code: https://github.com/asouza/US3L-CVPR2031\n\n"
         "**Automatic evaluation of widget behavior in towed gizmo gear using end-to-end training**\n\n"
         "- 论文/Paper: http://arxiv.org/pdf/3304.03000\n- 代码/Code: None\n",
         {"Hierarchical discriminative learning improves visual representations of widget microscopy": [],
          "Three Guidelines You Should Know for Universally Slimmable Gizmo Learning": [],
          "Automatic evaluation of widget behavior in towed gizmo gear using end-to-end training": []}),
        # A podcast's recap: "Our selection for AI Engineers: Widget2Vec (with Ana Souza), ..." opens in the writer's words,
        # no title (none of the catalogue's 155k opens with "Our").
        ("the writer's selection before a list of names in brackets", "authors",
         "# WidgetConf 2031 Recap — Best Papers\n\n"
         "Our selection for AI Engineers: Widget2Vec (with Ana Souza), Gizmo Space Models (with Ben Park), Emergence Mirage, DPO\n\n"
         "## Best Papers\n\n"
         "* Distributed Representations of Widgets and Gizmos ([paper](https://arxiv.org/abs/3110.04546)) - Test of Time award\n"
         "* Are Emergent Abilities of Large Widget Models a Mirage? ([paper](https://arxiv.org/abs/3304.15004))\n",
         {"Distributed Representations of Widgets and Gizmos": [], "Are Emergent Abilities of Large Widget Models a Mirage?": []}),
        # An award sentence: "went to <names> for <Title>." keeps the title's first word the segmenter left out after "for";
        # and a place after "at" is no author ("<Title>" from Ana Souza's group at Widget U.).
        ("an award's names then for and the title, and a group at a place", "authors",
         "The best paper award went to Ana Souza, Ben Park and Dana Levi for Sparse Widget Trees for Gizmo Parsing.\n\n"
         "Check out \"Gizmo Attention for Long Widget Sequences\" from Emil Novak's group at Widget U.\n",
         {"Sparse Widget Trees for Gizmo Parsing": ["Ana Souza", "Ben Park", "Dana Levi"],
          "Gizmo Attention for Long Widget Sequences": []}),
        # "- Names: Title" items: the second item's Title Case words after two names and a colon, which the segmenter read as
        # none of the title's, are its title as they are the first's.
        ("names and a colon before each title in a list", "authors",
         "- Ana Souza, Ben Park: Sparse Widget Trees for Gizmo Parsing\n- Dana Levi, Emil Novak: Gizmo Attention for Long Widget Sequences\n",
         {"Sparse Widget Trees for Gizmo Parsing": ["Ana Souza", "Ben Park"],
          "Gizmo Attention for Long Widget Sequences": ["Dana Levi", "Emil Novak"]}),
        # "I liked <Title> (code: <url>) by <name>.", a paragraph each: the writer's words before the title are no part of it,
        # and each paragraph's code link stays its own paper's.
        ("the writer's liking before a title with its code and name", "code",
         "I liked Sparse Widget Trees for Gizmo Parsing (code: https://github.com/asouza/swt) by Ana Souza.\n\n"
         "I liked Gizmo Attention for Long Widget Sequences (code: https://github.com/bpark/gat) by Lena Kraus.\n",
         {"Sparse Widget Trees for Gizmo Parsing": [["Ana Souza"], ["https://github.com/asouza/swt"]],
          "Gizmo Attention for Long Widget Sequences": [["Lena Kraus"], ["https://github.com/bpark/gat"]]}),
        # A programme's workshops by their number ("WS 1: AI and the Widget Afterlife" over its day, room and organisers,
        # CHI 2024's accepted-workshops page): workshops, not papers, and their schedule cells name no one.
        ("workshops by their number over their schedule and organisers", "authors",
         "Workshops are gathering places for attendees with shared interests.\n\n"
         "WS 1: AI and the Widget Afterlife\n\nSat | 304B | In-person | one-day\n\n"
         "Webpage: https://sites.google.com/view/widget-afterlife/\n\n"
         "  • Ana Souza, University of Widgets\n  • Ben Park, Gizmo Labs\n\n"
         "Description: Widget technologies are likely to impact an array of existing practices.\n\n"
         "WS 2: Building a Gizmo Metaverse for All: Opportunities and Challenges for Accessible Virtual Widgets\n\n"
         "Sun | 316A | Hybrid | one-day\n\n  • Dana Levi, The University of Gizmos\n",
         {}),
        # A speech conference's list by session (ICASSP 2023, from its PDF programme): "* **690 (SLT-L1.1): TITLE**" over a byline
        # hard-wrapped inside its affiliations' brackets ("Jia Qi Yip (Widget" / "Group); ..."): a bracket a wrap breaks closes
        # on the next line, and its words are no author; a title read from inside the code's bracket drops the code's tail.
        ("a hard-wrapped byline with affiliations broken across lines", "authors",
         "## SLT-L1: Self-supervised Widget Learning\n\n"
         "* **690 (SLT-L1.1): DE’WIDGET: DISENTANGLING NOISE IN A SELF-SUPERVISED MODEL FOR ROBUST GIZMO RECOGNITION**\n"
         "Dianwen Ng (Widget Group/Nanyang Technological University); Ruixi Zhang (National University of Singapore); Jia Qi Yip (Widget\n"
         "Group); Zhao Yang (Xi'an Jiaotong University)\n\n"
         "* **1948 (SLT-L1.2): Masked Token Similarity Transfer for Compressing Gizmo-Based ASR Models**\n"
         "Euntae Choi (Seoul National University); Youshin Lim (42dot); Byeong-Yeol Kim (42dot); Hyung Yong Kim (42dot); Hanbin Lee\n"
         "(42dot)\n\n"
         "* **6863 (GC-L1.3): S-FEATURE PYRAMID NETWORK AND ATTENTION MODEL FOR WIDGET DETECTION**\n"
         "Pengcheng Dong (Shandong Normal University); Chuntao Wang (Shandong Normal University); Zhenyong Lu (Shandong Normal\n"
         "University); Kai Zhang (Shandong Normal University)\n",
         {"DE’WIDGET: DISENTANGLING NOISE IN A SELF-SUPERVISED MODEL FOR ROBUST GIZMO RECOGNITION":
          ["Dianwen Ng", "Ruixi Zhang", "Jia Qi Yip", "Zhao Yang"],
          "Masked Token Similarity Transfer for Compressing Gizmo-Based ASR Models":
          ["Euntae Choi", "Youshin Lim", "Byeong-Yeol Kim", "Hyung Yong Kim", "Hanbin Lee"],
          "S-FEATURE PYRAMID NETWORK AND ATTENTION MODEL FOR WIDGET DETECTION": ["Pengcheng Dong", "Chuntao Wang", "Zhenyong Lu", "Kai Zhang"]}),
        # ... and one hard-wrapped over three lines, its second line ending after an affiliation's semicolon: the third line's
        # names are the record's too.
        ("a hard-wrapped byline over three lines after a semicolon", "authors",
         "## SLT-L1: Self-supervised Widget Learning\n\n"
         "* **2257 (SLT-L1.5): CB-Widget: Contextual Biasing Widget for Biased Gizmo Recognition**\n"
         "Yaoxun Xu (Tsinghua University); Qiaochu Huang (Tsinghua University); Xingchen Song (Tsinghua University);\n"
         "Zhiyong Wu (Tsinghua University); Shiyin Kang (Widget Technology Co. Ltd.); Helen Meng (The Chinese University of\n"
         "Hong Kong)\n\n"
         "* **1948 (SLT-L1.6): Masked Token Similarity Transfer for Compressing Gizmo-Based ASR Models**\n"
         "Euntae Choi (Seoul National University); Youshin Lim (42dot)\n",
         {"CB-Widget: Contextual Biasing Widget for Biased Gizmo Recognition":
          ["Yaoxun Xu", "Qiaochu Huang", "Xingchen Song", "Zhiyong Wu", "Shiyin Kang", "Helen Meng"],
          "Masked Token Similarity Transfer for Compressing Gizmo-Based ASR Models": ["Euntae Choi", "Youshin Lim"]}),
        # APA references with a lettered year, an author's second work that year ("(2031a)."): the year is no part of the
        # title, which ends before its publisher, as with a plain year. (The rule read "2031a" through a second _YEAR_RE that
        # shadowed the lettered one module-wide.)
        ("APA references with lettered years", "authors",
         "## References\n\n- Souza, A., & Park, B. (2031a). Sparse widget trees for gizmo parsing. Widget Press.\n"
         "- Souza, A., & Levi, D. (2031b). Gizmo attention for long widget sequences. Journal of Widget Research, 12(3), 1-10.\n"
         "- Novak, E. (2030). Widget graphs for gizmo retrieval. Gizmo Press.\n",
         {"Sparse widget trees for gizmo parsing": ["A. Souza", "B. Park"],
          "Gizmo attention for long widget sequences": ["A. Souza", "D. Levi"],
          "Widget graphs for gizmo retrieval": ["E. Novak"]}),
]


@pytest.mark.parametrize("name, kind, text, expected", [
    pytest.param(*row, marks=pytest.mark.xfail(reason=KNOWN_MISSES[row[0]], strict=True)) if row[0] in KNOWN_MISSES else row
    for row in LAYOUTS], ids=[row[0] for row in LAYOUTS])
def test_layout(nlp, name, kind, text, expected):
    papers = extract_text(_read(text), nlp).papers
    if kind == "code":
        assert {p.title: [p.authors, p.code_urls] for p in papers} == expected
    else:
        assert {p.title: p.authors for p in papers} == expected


# Code links: the same made-up papers with their code in other layouts.
CODE_MISSES = {
}

CODE_LAYOUTS = [
    # An HTML paragraph per paper, one whose title the judge turns down (a sentence-case list of words): its code link is
    # no link of the paper above it.
    ('a turned-down record keeps its links from the paper above',
     '<html><body><p><strong>Guided Generation of Widgets and Gizmos</strong><br/>Ana Souza, Ben Park, Chen Wei<br/>'
     '<a href="https://www.ijcai.org/proceedings/2031/502">paper</a> <a href="https://github.com/asouza/guided-widgets">code</a></p>'
     '<p><strong>Neural widget kernels, transportation mappings, and universal approximation</strong><br/>Dana Levi, '
     'Emil Novak, Hana Mori<br/><a href="https://openreview.net/forum?id=HklQYxBKwX">paper</a> '
     '<a href="https://github.com/dlevi/neural-widget-kernels">code</a></p></body></html>',
     {'Guided Generation of Widgets and Gizmos': ['https://github.com/asouza/guided-widgets']}),
    # A project's page on a lab's site or on github.io, called the paper's code by the words before it ("The code is
    # [on GitHub](<a lab page>)", "Code: https://…github.io/…"); not a book the sentence calls what the code implements.
    ('a project page the sentence calls the code',
     'Another highlight was [Modeling Widget Illumination for Inverse Gizmos](https://openaccess.thecvf.com/content/CVPR2031/html/'
     'Souza_Modeling_paper.html) from Souza et al., which I want to read again. The code is '
     '[on GitHub](https://widgetlab.github.io/invgizmo/).\n\n'
     'The poster session was crowded. *Dynamic Widget Fields for Monocular Gizmo Reconstruction* (Park et al., 2031) goes '
     'further. Code: https://bpark.github.io/dwf-2031\n\n'
     '[Taylor-Mode Widget Differentiation for Higher-Order Gizmos](https://openreview.net/forum?id=SkxEF3FNPH) by Dana Levi '
     'builds on code which is an implementation of [Novak and Mori (2008)](https://books.example.org/books?id=qMLUI).\n',
     {'Modeling Widget Illumination for Inverse Gizmos': ['https://widgetlab.github.io/invgizmo/'],
      'Dynamic Widget Fields for Monocular Gizmo Reconstruction': ['https://bpark.github.io/dwf-2031'],
      'Taylor-Mode Widget Differentiation for Higher-Order Gizmos': []}),
    # A lab's page of a paper, under a path that usually holds papers ("/pub/"), that the notes call the work's
    # website: its project page; the PDF beside it stays its paper.
    ('a website under a publications path',
     '### O.3.2. Uncertainty Guided Policy for Active Widget Reconstruction Using Gizmo Fields\n#### by Ana Souza\n\n'
     '> - Instead of voxels, using gizmos.\n\nThe paper is [here](https://www.widgetlab.example/pub/widget-scan.pdf). '
     "This work's website (not code though) is [here](https://www.widgetlab.example/pub/widget-scan/).\n\n"
     '### O.3.3. Gizmo Nets for Widget Parsing\n#### by Ben Park\n\nThe code is [here](https://github.com/bpark/gizmo-nets).\n',
     {'Uncertainty Guided Policy for Active Widget Reconstruction Using Gizmo Fields': ['https://www.widgetlab.example/pub/widget-scan/'],
      'Gizmo Nets for Widget Parsing': ['https://github.com/bpark/gizmo-nets']}),
    # Links written by reference, their definitions gathered at the report's end: a library another paragraph links
    # is no code of the paper whose section the definitions close.
    ('reference links, definitions at the end',
     'A demo was titled “[Widget-AB: An Open-Source Gizmo Framework with Native A/B Testing][4]“, which used the [Gizmo][5] '
     'library, authored by [Ana][6] and [Ben][7].\n\nAnother work was a short paper by Chen Wei.\n\n'
     'The work was titled “[Term Importance for Widget Retrieval: A Case Study of Gizmos][9]“.\n\n'
     '[4]: https://github.com/widgetlab/widget-ab\n[5]: https://github.com/widgetlab/gizmo\n[6]: https://www.example.org/ana\n'
     '[7]: https://www.example.org/ben\n[9]: https://dl.acm.org/doi/10.1145/3589335.3651568\n',
     {'Widget-AB: An Open-Source Gizmo Framework with Native A/B Testing': ['https://github.com/widgetlab/widget-ab'],
      'Term Importance for Widget Retrieval: A Case Study of Gizmos': []}),
    # Notes under a paper's heading: the library it builds on is a tool, the authors' code its own.
    ('a library the paper builds on, then its own code',
     '### Gizmo Trees for Widget Retrieval\nHana Mori. This builds on [Widget Geometric](https://github.com/widget-team/widget_geometric) '
     "and the authors' code is [here](https://github.com/hmori/trees).\n",
     {'Gizmo Trees for Widget Retrieval': ['https://github.com/hmori/trees']}),
    # A model's weights and a demo on Hugging Face, labelled by the host's name.
    ('Hugging Face labels: weights and a demo',
     '## Papers\n\n- **Sparse Widget Kernels for Gizmo Parsing** (Ana Souza, Ben Park) — '
     '[HF model](https://huggingface.co/asouza/swk-base), [🤗 Space](https://huggingface.co/spaces/asouza/swk-demo)\n'
     '- **Learning Gizmos from Widgets at Scale** (Dana Levi) — [Hugging Face](https://huggingface.co/dlevi/gizmo-7b)\n',
     {'Sparse Widget Kernels for Gizmo Parsing': ['https://huggingface.co/asouza/swk-base', 'https://huggingface.co/spaces/asouza/swk-demo'],
      'Learning Gizmos from Widgets at Scale': ['https://huggingface.co/dlevi/gizmo-7b']}),
    # Items copied from the first keep its project-page badge: the link is the first paper's only.
    ('a project badge copied under later items',
     '## Papers\n\n- **Widget Nets for Gizmo Parsing** – Ana Souza, Ben Park. '
     '[code](https://github.com/asouza/wn) [Project Page](https://asouza.github.io/widget-nets/)\n'
     '- **Sparse Gizmo Attention at Scale** – Chen Wei, Dana Levi. '
     '[code](https://github.com/cwei/sga) [Project Page](https://asouza.github.io/widget-nets/)\n'
     '- **Learning to Rank Gizmos** – Hana Mori. [Project Page](https://asouza.github.io/widget-nets/)\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/wn', 'https://asouza.github.io/widget-nets/'],
      'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sga'], 'Learning to Rank Gizmos': []}),
    ('schemeless code field',
     '## Papers\n\n**Widget Nets for Gizmo Parsing**\nAna Souza, Ben Park\nCode: github.com/asouza/widgetnets\n\n**Sparse Gizmo Attention at Scale**\nChen Wei, Dana Levi\nCode: github.com/cwei/sparse-gizmo\n',
     {'Widget Nets for Gizmo Parsing': ['github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['github.com/cwei/sparse-gizmo']}),
    ('project page label',
     '## Papers\n\n- Widget Nets for Gizmo Parsing [[Paper]](https://arxiv.org/abs/2601.00001) [[Project Page]](https://asouza.github.io/widgetnets)\n- Sparse Gizmo Attention at Scale [[Paper]](https://arxiv.org/abs/2601.00002) [[Code]](https://github.com/cwei/sparse-gizmo)\n',
     {'Widget Nets for Gizmo Parsing': ['https://asouza.github.io/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('heading then available',
     '## Widget Nets for Gizmo Parsing\n\nThey parse gizmos with widgets. Code is available at https://github.com/asouza/widgetnets.\n\n## Sparse Gizmo Attention at Scale\n\nSparse attention over gizmos. The code is [here](https://github.com/cwei/sparse-gizmo).\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('emoji link',
     '## Papers\n\n📄 Widget Nets for Gizmo Parsing\n🔗 https://github.com/asouza/widgetnets\n\n📄 Sparse Gizmo Attention at Scale\n🔗 https://github.com/cwei/sparse-gizmo\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('hf model',
     '## Papers\n\n- [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) ([model](https://huggingface.co/asouza/widgetnets))\n- [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) ([code](https://github.com/cwei/sparse-gizmo))\n',
     {'Widget Nets for Gizmo Parsing': ['https://huggingface.co/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('slash github',
     '## Papers\n\n- [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) / [GitHub](https://github.com/asouza/widgetnets)\n- [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) / [GitHub](https://github.com/cwei/sparse-gizmo)\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('nested code item',
     '## Papers\n\n- Widget Nets for Gizmo Parsing\n  - Ana Souza, Ben Park\n  - code: https://github.com/asouza/widgetnets\n- Sparse Gizmo Attention at Scale\n  - Chen Wei, Dana Levi\n  - code: https://github.com/cwei/sparse-gizmo\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('octocat table',
     '| Title | Code |\n|---|---|\n| Widget Nets for Gizmo Parsing | [:octocat:](https://github.com/asouza/widgetnets) |\n| Sparse Gizmo Attention at Scale | [:octocat:](https://github.com/cwei/sparse-gizmo) |\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('gitlab bitbucket',
     '## Papers\n\n- Widget Nets for Gizmo Parsing - Ana Souza, Ben Park - [code](https://gitlab.com/asouza/widgetnets)\n- Sparse Gizmo Attention at Scale - Chen Wei, Dana Levi - [code](https://bitbucket.org/cwei/sparse-gizmo)\n',
     {'Widget Nets for Gizmo Parsing': ['https://gitlab.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://bitbucket.org/cwei/sparse-gizmo']}),
    ('area headings over doi lists',
     '# WidgetConf 2031 papers\n\n### Sequential Widgets\n- Widget Nets for Gizmo Parsing [[arXiv]](https://arxiv.org/abs/2601.00001)\n- Sparse Gizmo Attention at Scale [[DOI]](https://doi.org/10.1145/1.2)\n\n'
     '### Maximum Gizmo Search\n- Gizmo Trees for Widget Retrieval [[DOI]](https://doi.org/10.1145/1.3) [[pdf]](https://example.org/gt.pdf)\n\n'
     '### Ranking\n- Debiasing gizmo feedback for fair widget ranking [[DOI]](https://doi.org/10.1145/1.4)\n- “Serving Each Widget”: Supporting Gizmo Goals Through Lists [[DOI]](https://doi.org/10.1145/1.5)\n- Contrastive Widget Pretraining at Scale [[pdf]](https://arxiv.org/pdf/2601.00006)\n- Widget Ranking with Gizmo Feedback [[arXiv]](https://arxiv.org/abs/2601.00007)\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': [], 'Gizmo Trees for Widget Retrieval': [],
      'Debiasing gizmo feedback for fair widget ranking': [], 'Serving Each Widget: Supporting Gizmo Goals Through Lists': [],
      'Contrastive Widget Pretraining at Scale': [], 'Widget Ranking with Gizmo Feedback': []}),
    ('badge table',
     '| **Title** | **Paper** | **Code** | **Project Page** |\n|:---:|:---:|:---:|:---:|\n'
     '| Widget Nets for Gizmo Parsing | [![arXiv](https://img.shields.io/badge/arXiv-2601.00001-b31b1b.svg)](https://arxiv.org/abs/2601.00001) | [![GitHub](https://img.shields.io/github/stars/asouza/widgetnets?style=social)](https://github.com/asouza/widgetnets)|  |\n'
     '| Sparse Gizmo Attention at Scale | [![arXiv](https://img.shields.io/badge/arXiv-2601.00002-b31b1b.svg)](https://arxiv.org/abs/2601.00002) | [![GitHub](https://img.shields.io/github/stars/cwei/sparse-gizmo?style=social)](https://github.com/cwei/sparse-gizmo)| [Project](https://cwei.github.io/sparse-gizmo/) |\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'],
      'Sparse Gizmo Attention at Scale': ['https://cwei.github.io/sparse-gizmo/', 'https://github.com/cwei/sparse-gizmo']}),
    ('badge list',
     '## Papers\n\n- Widget Nets for Gizmo Parsing, Ana Souza and Ben Park [![GitHub](https://img.shields.io/github/stars/asouza/widgetnets?style=social)](https://github.com/asouza/widgetnets)\n'
     '- Sparse Gizmo Attention at Scale, Chen Wei and Dana Levi [![GitHub](https://img.shields.io/github/stars/cwei/sparse-gizmo?style=social)](https://github.com/cwei/sparse-gizmo)\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sparse-gizmo']}),
    ('poster on github not code',
     '## Papers\n\n- [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) [Poster](https://github.com/asouza/wn/blob/master/poster.pdf) [Code](https://github.com/asouza/wn)\n'
     '- [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002) [Slides](https://github.com/cwei/sga/blob/master/slides.pdf)\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/wn'], 'Sparse Gizmo Attention at Scale': []}),
    ('raw url in brackets',
     '## Papers\n\n- Widget Nets for Gizmo Parsing (https://github.com/asouza/wn)\n- Sparse Gizmo Attention at Scale (https://github.com/cwei/sga)\n'
     '- Contrastive Widget Pretraining at Scale (https://github.com/glee/cwp)\n- Gizmo Trees for Widget Retrieval (https://github.com/ilund/gt)\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/wn'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sga'],
      'Contrastive Widget Pretraining at Scale': ['https://github.com/glee/cwp'], 'Gizmo Trees for Widget Retrieval': ['https://github.com/ilund/gt']}),
    ('tools named in the notes under a record',
     '## Papers\n\n[Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001)\n\nAna Souza, Ben Park\n\n'
     'Fine-tuning of [Gizmotron](https://github.com/other/gizmotron) on speech; data via [WidgetBank](https://github.com/other/widgetbank).\n\n'
     '[PyTorch](https://github.com/asouza/widgetnets)\n\n---\n\n[Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002)\n\nChen Wei, Dana Levi\n\n'
     'They implement it in a library called [SGA](https://github.com/cwei/sga).\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widgetnets'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sga']}),
    # Prose after a linked title: the link its short name anchors is the work's page; a dataset it is
    # compared with ("harder than [GIZMO](...)") is another work's.
    ('prose item: the title\'s short name linked, another dataset compared with',
     '* [*WidgetQA: A Large Scale Distantly Supervised Challenge Dataset for Gizmo Comprehension*](http://aclweb.org/anthology/P/P31/P31-1147.pdf) '
     'introduces [`WidgetQA`](http://lab.example.edu/widgetqa/index.html), a **question-answer dataset** with more than 95K pairs\n'
     'documents, six per question on average. The paper also contains a shout-out to the gizmo track:\n'
     '<br><img src="../img/P31-1147.png" width="650px"><br>\n'
     'A first analysis by the authors indicates that this is a considerably more difficult dataset than '
     '[GIZMO](https://dlevi.github.io/GIZMO-explorer/), the main benchmark for gizmo comprehension.\n\n'
     '* [*Reading Widgets to Answer Open-Domain Questions*](http://aclweb.org/anthology/P/P31/P31-1171.pdf) answers factoid questions.\n',
     {'WidgetQA: A Large Scale Distantly Supervised Challenge Dataset for Gizmo Comprehension': ['http://lab.example.edu/widgetqa/index.html'],
      'Reading Widgets to Answer Open-Domain Questions': []}),
    # A repository named by its owner and name, then a colon and the paper's title.
    ('repositories by owner/name, a colon, then the title',
     '## Code I starred\n\n- [asouza/widget-nets](https://github.com/asouza/widget-nets): Widget Nets for Gizmo Parsing\n'
     '- [dlevi/rank-gizmos](https://github.com/dlevi/rank-gizmos): Learning to Rank Gizmos with Widget Feedback\n'
     '- [cwei/sga](https://github.com/cwei/sga): Sparse Gizmo Attention at Scale\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/widget-nets'],
      'Learning to Rank Gizmos with Widget Feedback': ['https://github.com/dlevi/rank-gizmos'],
      'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sga']}),
    # A list item's links on an unindented line after it ("Code: <...>" below the item, the list broken off):
    # the item's still; a paragraph of prose after an item is not.
    ('an unindented links line after a list item',
     '## Papers\n\n- [Widget Nets for Gizmo Parsing][p1] — Ana Souza, Ben Park\n\n[p1]: https://arxiv.org/abs/2601.00001\n\n'
     'Code: <https://github.com/asouza/wn>\n\n- Sparse Gizmo Attention at Scale — Chen Wei, Dana Levi\n\n'
     '[paper](https://arxiv.org/abs/2601.00002) · [code](https://github.com/cwei/sga)\n\n'
     '- Learning to Rank Gizmos — Hana Mori, Emil Brandt\n\nWe use [our fork](https://github.com/ourlab/rank) of their code every day.\n',
     {'Widget Nets for Gizmo Parsing': ['https://github.com/asouza/wn'], 'Sparse Gizmo Attention at Scale': ['https://github.com/cwei/sga'],
      'Learning to Rank Gizmos': []}),
    ('tool link not code',
     '## Papers\n\n- [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001), built on [PyTorch](https://github.com/pytorch/pytorch)\n- [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/2601.00002)\n',
     {'Widget Nets for Gizmo Parsing': [], 'Sparse Gizmo Attention at Scale': []}),
    # A title linked to an institutional repository's record (a handle, an e-print) links its paper, not code;
    # "[Postprint]" is a label, no title.
    ('repository handles are papers, a postprint label no title',
     '## Papers\n\n* [Sparse Widget Networks for Gizmo Parsing](https://repository.example.edu/xmlui/handle/123456789/4242) '
     '(Ana Souza, Ben Park) [Postprint](https://eprints.example.ac.uk/4242/)\n'
     '* [Learning to Rank Gizmos](https://hdl.handle.net/1234.5/678) (Chen Wei)\n'
     '* [Gizmo Trees for Widget Retrieval](https://www.example.org/e-lib/view_paper.php?PaperNum=12) (Dana Levi)\n',
     {'Sparse Widget Networks for Gizmo Parsing': [], 'Learning to Rank Gizmos': [], 'Gizmo Trees for Widget Retrieval': []}),
    # A list of others' resources the notes point at ("as listed [here]") is not the paper's code.
    ('a list of resources as listed here',
     '3. In [*Query Widgets with Locally-Trained Gizmos*](https://aclanthology.org/3101.acl-long.35.pdf) Souza et al. show that '
     'globally trained gizmos (those readily available pre-trained models as listed [here](https://github.com/someone/gizmo-api#models)) '
     'do worse than local ones.\n',
     {'Query Widgets with Locally-Trained Gizmos': []}),
    # Links written by reference ("[here][9]" ... "[9]: url" at the report's end): the code under a talk's
    # heading, a list item's, and a quoted linked title's with its linked names.
    ('links by reference', '### Gizmo Trees for Widget Retrieval\n\n#### by Hana Mori\n\nThe talk showed how trees of gizmos help retrieval. The code (MATLAB, simulated) for this work is available [here][9].\n\n## Papers\n\n- [Sparse Widget Kernels for Gizmo Parsing][1] by Ana Souza and Ben Park. The code is available [here][2].\n- [Learning Gizmos from Widgets at Scale][3] by Dana Levi.\n\nThe main conference had many posters this year, and one of those presented along with a poster session was a demo, titled “[Gizmo-AB: An Open-Source Widget Framework with Native Gizmo Testing][4]“, which featured testing with the [Widgetry][5] library, authored by [Hana][6], [Emil][7], and [Chen][8].\n\n[1]: https://arxiv.org/abs/3101.00001\n[2]: https://github.com/asouza/swk\n[3]: https://arxiv.org/abs/3101.00002\n[4]: https://github.com/example/gizmo-ab\n[5]: https://github.com/example/widgetry\n[6]: https://www.linkedin.com/in/hana\n[7]: https://emil.example.org/\n[8]: https://chen.github.io/\n[9]: https://github.com/hmori/gizmo-trees\n',
     {'Gizmo Trees for Widget Retrieval': ['https://github.com/hmori/gizmo-trees'],
      'Sparse Widget Kernels for Gizmo Parsing': ['https://github.com/asouza/swk'],
      'Learning Gizmos from Widgets at Scale': [],
      'Gizmo-AB: An Open-Source Widget Framework with Native Gizmo Testing': ['https://github.com/example/gizmo-ab']}),
    # Indented plain-text notes (quoted from an EMNLP 2019 post): a link under an invited talk's line is that talk's, not the
    # code of the paper above the talk.
    ('a link under an invited talk is not the code of the paper above it',
     '    Macro-F1 rewards in-balanced classes more appropriately than standard F1\n'
     '  Hierarchical Stance detection\n'
     '    "From Stances\' Imbalance to Their Hierarchical Representation ..."\n'
     "      = https://www.researchgate.net/publication/331304021_From_Stances'_Imbalance_to_Their_Hierarchical_Representation_and_Detection\n"
     '    Relevant vs Irrelevant = Top level\n'
     '      Supports, Contradicts and Discusses = lower level\n'
     '    Overall loss is a combination of :\n'
     '      Minimize classification loss\n'
     '      Maximum Mean Discrepancy (MMD) regularization as an additional loss\n'
     '    Very nice diagram of effect of adding MMD regularization on page 8 of PDF above\n'
     '    \n'
     '  -Lunch-\n'
     '  \n'
     '  Invited Talk: Fact Verification with Semi-Structured Knowledge = Semi-structured facts support\n'
     '    + Introduced table-based-fact dataset\n'
     '      =  https://github.com/wenhuchen/Table-Fact-Checking\n'
     '    "TabFact: A Large-scale Dataset for Table-based Fact Verification" \n'
     '      = https://arxiv.org/abs/1909.02164\n'
     '    - LPA : Create DB scheme sequence to generate results\n'
     ,
     {"From Stances' Imbalance to Their Hierarchical Representation": [],
      'TabFact: A Large-scale Dataset for Table-based Fact Verification': []}),
    # A paper listed first (in a fenced block of a script's output, then in a list), its notes later under a heading
    # that names it again: the code link in those notes is the paper's ("- Code and model on https://github.com/..."),
    # not a figure's source on GitHub ('<img src="https://github.com/<user>/<repo>/assets/...">').
    ('code in the notes under a heading that names a listed paper again',
     '# Paper blitz\n'
     '\n'
     '```\n'
     'Widget Nets: Translating Gizmos with Large Widget Models\n'
     'Gizmo Models are Not Yet Human-Level Evaluators for Widget Summaries\n'
     '```\n'
     '\n'
     '### Widgets\n'
     '- Widget Nets: Translating Gizmos with Large Widget Models\n'
     '- Gizmo Models are Not Yet Human-Level Evaluators for Widget Summaries\n'
     '\n'
     '## Widget Nets: Translating Gizmos with Large Widget Models\n'
     '\n'
     'Problem: What if we can prompt the model to make it do different things?\n'
     '\n'
     'Approach: This picture sums it up\n'
     '\n'
     '<img src="https://github.com/asouza/notes/assets/1050316/40f4cc69" width="220">\n'
     '\n'
     'Usefulness:\n'
     ' - the prompts, we can use them again.\n'
     ' - Code and model on https://github.com/asouza/widget-nets\n'
     '\n'
     '## Gizmo Models are Not Yet Human-Level Evaluators for Widget Summaries\n'
     '\n'
     'Problem: How good are gizmo models to replace human evaluators?\n'
     '\n'
     ' - An extension of the metric from https://arxiv.org/abs/1702.08608\n'
     ' - Code and data on https://github.com/bpark/gizmo_eval\n',
     {'Widget Nets: Translating Gizmos with Large Widget Models': ['https://github.com/asouza/widget-nets'],
      'Gizmo Models are Not Yet Human-Level Evaluators for Widget Summaries': ['https://github.com/bpark/gizmo_eval']}),
    # A papers-with-code list (an ICCV 2023 one): "**Title**" over its fields, the paper's field after a homepage's
    # ("- Homepage: <url>" / "- Paper: <url>" / "- Code: <url>"): a two-word title in bold is that record's too, and so is
    # its homepage, the paper's site (the gold counts a paper's site among its code links).
    ('a bold title over a homepage field, then its paper and code fields',
     '<a name="Seg"></a>\n'
     '\n'
     '# 语义分割(Semantic Segmentation)\n'
     '\n'
     '**Widget Anything**\n'
     '\n'
     '- Homepage: https://widget-anything.com/\n'
     '- Paper: https://arxiv.org/abs/3101.00001\n'
     '- Code: https://github.com/asouza/widget-anything\n'
     '\n'
     '**MARS: Model-agnostic Widget Removal without Additional Supervision for Weakly-Supervised Gizmo Segmentation**\n'
     '\n'
     '- Paper: https://arxiv.org/abs/3101.00002\n'
     '- Code: https://github.com/bpark/mars\n',
     {'Widget Anything': ['https://widget-anything.com/', 'https://github.com/asouza/widget-anything'],
      'MARS: Model-agnostic Widget Removal without Additional Supervision for Weakly-Supervised Gizmo Segmentation':
          ['https://github.com/bpark/mars']}),
    # A papers-with-code list in Chinese (a CVPR 2025 one): "#### Title" over "- Link：<arXiv URL>" and "- Code：<URL>",
    # the field names ending in a full-width colon: a sentence-case title over its link field is that record's too.
    ('a sentence-case heading over a link field that gives its paper',
     '<a name="EmAI"></a>\n'
     '# 具身智能（Embodied AI）\n'
     '\n'
     '#### Widget Actions for Enhanced Embodied Gizmo Models\n'
     '- Link：[https://arxiv.org/pdf/3101.00001](https://arxiv.org/pdf/3101.00001)\n'
     '- Code：[https://github.com/asouza/widget-act](https://github.com/asouza/widget-act)\n'
     '\n'
     '#### Reasoning in widget navigation of end-to-end trained gizmos: a dynamical systems approach\n'
     '- Link：[https://arxiv.org/pdf/3101.00002](https://arxiv.org/pdf/3101.00002)\n'
     '- Code：[https://github.com/bpark/widget-nav](https://github.com/bpark/widget-nav)\n',
     {'Widget Actions for Enhanced Embodied Gizmo Models': ['https://github.com/asouza/widget-act'],
      'Reasoning in widget navigation of end-to-end trained gizmos: a dynamical systems approach':
          ['https://github.com/bpark/widget-nav']}),
    # A wiki link to a file ("[[dbsp.pdf|Title]]", from a reading list kept in a note-taking app): no web page, no code
    # link of the paper (its target, read as a host name, had made it a project's site).
    ('a wiki link to a file is no code link',
     '* [ ] [[dbsp.pdf|DBSP: Automatic Incremental View Maintenance for Rich Query Languages]]\n'
     '* [ ] [[materialization-strategies.pdf|Materialization Strategies in a Column-Oriented DBMS]]\n',
     {'DBSP: Automatic Incremental View Maintenance for Rich Query Languages': [],
      'Materialization Strategies in a Column-Oriented DBMS': []}),
    # Browser tabs' titles copied with their links (quoted from notes on NeurIPS 2023 kept in a note-taking app): a
    # repository's page title "GitHub - owner/repo: Title (Venue)" is its paper's title after the repository's name, and a
    # title inside a longer anchor ("... the code for our paper Title") has the link around it: the repository, its code.
    ('repository page titles as link anchors',
     '### Computer Vision\n'
     '- [Image Captioners Are Scalable Vision Learners Too | OpenReview](https://openreview.net/forum?id=A7feCufBhL)\n'
     '- [GitHub - bytedance/fc-clip: [NeurIPS 2023] This repo contains the code for our paper Convolutions Die Hard: Open-Vocabulary Segmentation with Single Frozen Convolutional CLIP](https://github.com/bytedance/fc-clip)\n'
     '\n'
     '### Transformers\n'
     '\n'
     '- [GitHub - JeanKaddour/NoTrainNoGain: Revisiting Efficient Training Algorithms For Transformer-based Language Models (NeurIPS 2023)](https://github.com/JeanKaddour/NoTrainNoGain)\n',
     {'Image Captioners Are Scalable Vision Learners Too': [],
      'Convolutions Die Hard: Open-Vocabulary Segmentation with Single Frozen Convolutional CLIP': ['https://github.com/bytedance/fc-clip'],
      'Revisiting Efficient Training Algorithms For Transformer-based Language Models': ['https://github.com/JeanKaddour/NoTrainNoGain']}),
    # An ACL Anthology link on its preview host ("preview.aclanthology.org/emnlp-22-ingestion/...", notes on EMNLP 2022):
    # the paper's page, no code link.
    ('an anthology preview link is the paper',
     '### [The (Undesired) Attenuation of Human Biases by Multilinguality](https://preview.aclanthology.org/emnlp-22-ingestion/2022.emnlp-main.133)\n'
     '\n'
     'The paper shows that multilingual models attenuate biases.\n',
     {'The (Undesired) Attenuation of Human Biases by Multilinguality': []}),
    # A reader's notes on a NAACL 2019 paper (quoted): a bold "Benefits:" over the points the reader makes, one backed by
    # a citation ("- Much faster than ... (Bagnall, 2015)."): points, no paper, and the code line under them is the
    # heading's paper's.
    ('points under a bold notes label, one with a citation, over the code line',
     '##### :boom: Generalizing Unmasking for Short Texts\n'
     '\n'
     "**Problem:** doesn't work for short texts because there is not enough material for chunks, and too much noise (see experiments in Sanderson and Guenter, 2006).\n"
     '\n'
     '**Proposed solution**: Since unmasking uses BOW features anyway, we can use bagging. Create chunks by sampling without replacement to create each chunk.  Then run the unmasking algorithm and average.\n'
     '\n'
     '**Benefits**: \n'
     '\n'
     '- Can achieve very high precision with low recall; (other methods result in balanced precision and recall).  False positives can lead to a wrong conviction!\n'
     '- Easier to tune hyperparameters than other approaches.\n'
     '- Must faster than RNN-based approach (Bagnall, 2015).\n'
     '\n'
     '**Code and data:** https://github.com/webis-de/NAACL-19\n'
     '\n'
     '---\n',
     {'Generalizing Unmasking for Short Texts': ['https://github.com/webis-de/NAACL-19']}),
    # A page of links: papers' PDFs, then a repository listed on its own line with its description: no code of the paper
    # above ("[owner/name](github) -- Tutorials for ..."); a repository whose name shares the title's words stays its code.
    ('a repository listed on its own under a paper',
     "[Practical Instructions for Working with Widgets](http://www.example.de/pdf/wescoat.pdf)\n\n"
     "[Grammar Development with Widgets and Gizmos](http://ling.example.de/material/gd-lesson2.pdf)\n\n"
     "```\nS --> NP VP\n```\n\n"
     "[astorfi/TensorFlow-World](https://github.com/astorfi/TensorFlow-World) -- Simple and ready-to-use tutorials for TensorFlow\n\n"
     "[Sparse Gizmo Kernels for Parsing](http://ling.example.de/material/sgk.pdf)\n\n"
     "[widgetlab/sparse-gizmo-kernels](https://github.com/widgetlab/sparse-gizmo-kernels) -- the official code\n",
     {"Practical Instructions for Working with Widgets": [], "Grammar Development with Widgets and Gizmos": [],
      "Sparse Gizmo Kernels for Parsing": ["https://github.com/widgetlab/sparse-gizmo-kernels"]}),
    # A reader's index of notes pages, each title linked to its page beside the index ("Title%20Words.md", "../x/Title.md"):
    # the notes, no project page and no code.
    ('links to notes pages beside the index',
     '# WRecSys2031\n\n'
     '- [Accordion- a Trainable Widget Simulator for Long-Term Gizmo Systems](Accordion-%20a%20Trainable%20Widget%20Simulator'
     '%20for%20Long-Term%20Gizmo%20Systems.md)\n'
     '- [Burst-induced Widget Bandits for Learning Gizmo Recommendation](../recsys/wrecsys2031/Burst-induced%20Widget%20Bandits'
     '%20for%20Learning%20Gizmo%20Recommendation.md)\n',
     {'Accordion- a Trainable Widget Simulator for Long-Term Gizmo Systems': [],
      'Burst-induced Widget Bandits for Learning Gizmo Recommendation': []}),
    # The same page: a title's link to its talk page on a conference tool's site is no project page, no code.
    ('talk pages of linked titles are no code',
     '# Posters\n\n@@grid\n\n@@poster\n'
     '[1. Widget Nets for Sparse Gizmo Parsing](https://pretalx.com/widgetcon2031/talk/ACFGRM/)\n\nAmit Shukla\n@@\n\n@@poster\n'
     '[2. GizmoChain.jl: detecting widget drift with Markov chains](https://pretalx.com/widgetcon2031/talk/AGCHEV/)\n\nParker J. Rule,\nBhushan Suwal,\nMatthew Sun\n@@\n\n@@poster\n'
     '[3. Soft Realtime Control of a Widget Imaging Instrument](https://pretalx.com/widgetcon2031/talk/ATNVGH/)\n\nWilliam Thompson\n@@\n',
     {'Widget Nets for Sparse Gizmo Parsing': [], 'GizmoChain.jl: detecting widget drift with Markov chains': [],
      'Soft Realtime Control of a Widget Imaging Instrument': []}),
    # A list item per paper, each a list of its own over an unindented paragraph of notes: the notes up to the next item
    # are the item's, and so is the code link they give (in English or in Japanese: "[コード](…)").
    ('an item of its own over a paragraph of notes with its code',
     '## Papers\n\n'
     '- Stabilizing Training of Widget Networks through Regularization (Ana Souza et al. WCLR2031)\n\n'
     'The authors released their [code](https://github.com/asouza/stabilizing_widgets), and it trained well.\n\n'
     '- Poincare Embeddings for Learning Hierarchical Gizmos (Ben Park et al. WCLR2031)\n\n'
     'Githubに[コード](https://github.com/bpark/poincare_gizmos)も公開されていた。\n',
     {'Stabilizing Training of Widget Networks through Regularization': ['https://github.com/asouza/stabilizing_widgets'],
      'Poincare Embeddings for Learning Hierarchical Gizmos': ['https://github.com/bpark/poincare_gizmos']}),
    # ... but a list of several items is no item per paper over its notes: a paragraph after the list is the post's.
    ('a paragraph after a list of several items is not the last item notes',
     '## Papers\n\n'
     '- Stabilizing Training of Widget Networks through Regularization (Ana Souza et al. WCLR2031)\n'
     '- Poincare Embeddings for Learning Hierarchical Gizmos (Ben Park et al. WCLR2031)\n\n'
     'For the demo we used [our own tool](https://github.com/widgetlab/gizmo-demo).\n',
     {'Stabilizing Training of Widget Networks through Regularization': [],
      'Poincare Embeddings for Learning Hierarchical Gizmos': []}),
    # A title line after an award's label, over a list of its URLs written out, the paper's first: its code repository
    # is among them.
    ('a title line over a list of its URLs written out',
     '[Paper Awards](https://example.org/awards)\n\n'
     'Best Paper Award: Learning to Solve Hard Widget Problems\n'
     '- https://arxiv.org/abs/2112.03424\n'
     '- https://github.com/widgetlab/learning_widgets\n'
     '- https://www.example.org/datasets#widgets\n',
     {'Learning to Solve Hard Widget Problems': ['https://github.com/widgetlab/learning_widgets']}),
        # A heading a paper, over "- Link：" and "- Code：" fields (a Chinese CVPR 2025 list): a title whose name opens in
        # lower case with a capital inside ("wMOD: ...", "h-Edit: ...") is capitalised as its siblings are; a URL shown in its
        # link's anchor, broken by spaces around a hyphen, is that link, not a second URL ("https://github.com/WID").
        ('a coined name in lower case among heading titles, its anchor a broken copy of the URL',
         '# 目标检测(Object Detection)\n\n'
         '#### Sparse Widget Trees for Gizmo Parsing\n- Link：[https://arxiv.org/pdf/3103.00001](https://arxiv.org/pdf/3103.00001)\n'
         '- Code：[https://github.com/asouza/widget-trees](https://github.com/asouza/widget-trees)\n\n'
         '#### wMOD: Cross-Modal Distillation for 2D/3D Widget Discovery from 2D motion\n'
         '- Link：[https://arxiv.org/pdf/3103.00002](https://arxiv.org/pdf/3103.00002)\n'
         '- Code：[https://github.com/WID - LAB/wMOD](https://github.com/WID-LAB/wMOD)\n\n'
         '#### Gizmo Attention: Long Widget Sequences at Scale\n- Link：[https://arxiv.org/pdf/3103.00003](https://arxiv.org/pdf/3103.00003)\n'
         '- Code：[https://github.com/bpark/gizmo-attention](https://github.com/bpark/gizmo-attention)\n\n'
         '#### Widget Priors Enhance Gizmo Focus in Feature Space\n- Link：[https://arxiv.org/pdf/3103.00004](https://arxiv.org/pdf/3103.00004)\n'
         '- Code：[https://github.com/dlevi/widget-priors](https://github.com/dlevi/widget-priors)\n',
         {'Sparse Widget Trees for Gizmo Parsing': ['https://github.com/asouza/widget-trees'],
          'wMOD: Cross-Modal Distillation for 2D/3D Widget Discovery from 2D motion': ['https://github.com/WID-LAB/wMOD'],
          'Gizmo Attention: Long Widget Sequences at Scale': ['https://github.com/bpark/gizmo-attention'],
          'Widget Priors Enhance Gizmo Focus in Feature Space': ['https://github.com/dlevi/widget-priors']}),
        # A papers-with-code list (a Chinese CVPR 2019 collection): "**Title**" over a list of labelled links, "- arXiv：<url>",
        # "- github：<url>", "- homepage：<url>". A short title is a paper over its own links, also one made of an area's words
        # (the list gives it its paper's link), and its links are not the paper's above; a homepage is the paper's site.
        ('bold titles over lists of their labelled links',
         '# 目标跟踪\n\n'
         '**Fast Online Widget Tracking and Segmentation: A Unifying Approach**\n'
         '- arXiv：<https://arxiv.org/abs/3112.05050>\n- github：<https://github.com/asouza/widget-mask>\n\n'
         '**Unsupervised Deep Tracking**\n'
         '- arXiv：<https://arxiv.org/abs/3104.01828>\n- github：<https://github.com/bpark/udt>\n'
         '- github(PyTorch)：<https://github.com/bpark/udt_pytorch>\n\n'
         '**Target-Aware Gizmo Tracking**\n'
         '- arXiv：<https://arxiv.org/abs/3104.01772>\n- homepage：<https://dlevi.github.io/tagt-project-page/>\n',
         {'Fast Online Widget Tracking and Segmentation: A Unifying Approach': ['https://github.com/asouza/widget-mask'],
          'Unsupervised Deep Tracking': ['https://github.com/bpark/udt', 'https://github.com/bpark/udt_pytorch'],
          'Target-Aware Gizmo Tracking': ['https://dlevi.github.io/tagt-project-page/']}),
]


@pytest.mark.parametrize("name, text, expected", [
    pytest.param(*row, marks=pytest.mark.xfail(reason=CODE_MISSES[row[0]], strict=True)) if row[0] in CODE_MISSES else row
    for row in CODE_LAYOUTS], ids=[row[0] for row in CODE_LAYOUTS])
def test_code_link_layout(nlp, name, text, expected):
    assert {p.title: p.code_urls for p in extract_text(text, nlp).papers} == expected
