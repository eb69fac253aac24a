"""Words of image credit lines: the labels before a credit, the phrases that introduce its parts.

Collected from the credit styles of English, German, French, Spanish, Italian, Portuguese and Dutch news
and blog sites ("Photo: X/Reuters", "Foto: dpa", "Bild: X via Unsplash", "Crédit : X", "(AP Photo/X)",
"Image courtesy of X"). All are regular-expression fragments matched case-insensitively.
"""

from __future__ import annotations

# Labels that name the credited person's role ("Artist: X", "Fotograf: X"): what follows is a person's name,
# even a one-word handle, unless it is a known agency.
PERSON_LABELS = (
    r"artist", r"photographer", r"fotograf(?:in)?", r"photographe", r"fot[óo]graf[oa]", r"illustrator(?:in)?",
    r"illustrat(?:eur|rice)", r"ilustrador(?:a)?", r"zeichner(?:in)?", r"painter", r"designer(?:in)?",
)

# Labels that open a credit ("Photo:", "Image credit:", "Foto:", "Crédit photo :").
LABELS = (
    r"photo(?:graph|graphy)?s?(?:\s+credits?)?", r"image(?:\s+credits?)?", r"picture(?:\s+credits?)?",
    r"pic", r"credits?", r"illustrations?", r"graphics?", r"grafik", r"infografik", r"video", r"source",
    r"sources", r"copyright", r"foto(?:s|grafie|graf[ií]a|grafia)?", r"bild(?:er)?", r"bildquelle",
    r"bildnachweis", r"quelle", r"titelbild", r"titelfoto", r"headerbild", r"beitragsbild", r"aufmacherbild",
    r"cr[ée]dits?(?:\s+photos?)?", r"photos?\s+cr[ée]dits?", r"crédito", r"créditos", r"fuente", r"fonte",
    r"immagine", r"afbeelding", r"beeld", r"featured\s+image", r"header\s+image", r"cover\s+(?:photo|image)",
    r"top\s+(?:photo|image)", r"lead\s+image", r"main\s+image", r"hero\s+image", r"artwork", r"map",
    r"chart", r"karte", r"abbildung", r"abb\.", *PERSON_LABELS,
)

# Phrases that introduce the credited person ("Photo by X", "Foto von X", "Photographie de X"): what
# follows is a person's name, even a one-word handle, unless it is a known agency.
PERSON_BY_PHRASES = (
    r"(?:photo(?:graph)?s?|image|picture|illustration|portrait|graphic|artwork|video|painting|drawing|"
    r"rendering|map|chart|foto(?:s)?|bild|zeichnung|grafik|photo)\s+(?:taken\s+)?(?:by|von|de|par|di|door|por)",
    r"(?:photographed|illustrated|drawn|painted|shot)\s+by", r"fotografiert\s+von",
)

# Phrases that introduce whoever lent the picture, a person or an organisation ("Courtesy of NASA").
COURTESY_PHRASES = (
    r"(?:image|photo|picture)\s+courtesy(?:\s+of)?", r"courtesy(?:\s+of)?",
    r"mit\s+freundlicher\s+genehmigung(?:\s+von)?",
    r"avec\s+l['’]aimable\s+autorisation\s+de",
)

BY_PHRASES = (*PERSON_BY_PHRASES, *COURTESY_PHRASES)

# Lead-ins before a credit in saved text ("Pictured above, ...", "Above: ...", "Featured image: ...").
LEAD_INS = (
    r"pictured(?:\s+(?:above|below|here|left|right|top))?\s*[,:]", r"(?:above|below|top|oben|unten)\s*:",
    r"(?:featured|header|cover|lead|top|title)\s+(?:image|photo)\s*[,:]", r"im\s+bild\s*:",
)

# Phrases that introduce a licence ("is licensed under", "lizenziert unter", "sous licence").
LICENSE_PHRASES = (
    r"(?:is\s+|are\s+)?(?:licen[cs]ed|released|published|available|distributed|shared)\s+under(?:\s+(?:a|the))?",
    r"(?:is\s+)?marked\s+with", r"(?:is\s+)?dedicated\s+to\s+the",
    r"(?:steht\s+)?unter(?:\s+(?:der|einer))?(?:\s+lizenz)?", r"lizenziert\s+unter(?:\s+(?:der|einer))?",
    r"lizenz(?:iert)?\s*:?", r"license\s*:", r"licence\s*:", r"sous(?:\s+la)?\s+licence", r"licence",
    r"licen[cs]e", r"bajo(?:\s+la)?\s+licencia", r"sotto\s+licenza", r"onder\s+licentie",
)

# Suffixes that carry no name: "File" in "(AP Photo/Evan Vucci, File)", "(Ausschnitt)" = cropped.
NOISE_SUFFIXES = (
    r"file(?:\s+photo)?", r"archive(?:\s+photo)?", r"archiv(?:bild|foto)?", r"ausschnitt", r"bearbeitet",
    r"edited", r"cropped", r"modified", r"montage", r"symbolbild", r"symbolfoto", r"illustration", r"handout",
)

# Words of share and follow buttons, which sit next to images but are no credits.
SHARING_WORDS = (
    r"share", r"teilen", r"partager", r"compartir", r"condividi", r"follow", r"folge", r"folgen", r"suivez",
    r"subscribe", r"abonnieren", r"e-?mail", r"whatsapp", r"tweet",
)
