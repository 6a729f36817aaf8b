#!/usr/bin/env python3
"""Lists the unfinished messages of a Qt Linguist .ts file and fills them in.

    tsfill.py list FILE.ts > todo.json      # unfinished messages as JSON
    tsfill.py apply FILE.ts done.json       # write the translations of done.json

done.json is the list that "list" prints with "translation" filled in (a string,
or a list of strings for plural messages). Re-run the update_translations
target afterwards: lupdate rewrites the file in its own layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def key(name, message):
    return (name, message.findtext('source'), message.findtext('comment') or '')


def unfinished(message):
    translation = message.find('translation')
    if translation is None or translation.get('type') == 'unfinished':
        return True
    if message.get('numerus') == 'yes':
        return any(not (f.text or '') for f in translation.iter('numerusform'))
    return not (translation.text or '')


def list_unfinished(path):
    todo = []
    for name, message in messages(ET.parse(path).getroot()):
        if unfinished(message):
            context, source, comment = key(name, message)
            todo.append({'context': context, 'source': source, 'comment': comment,
                         'numerus': message.get('numerus') == 'yes', 'translation': ''})
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, done_path):
    with open(done_path, encoding='utf-8') as f:
        done = {(d['context'], d['source'], d.get('comment', '')): d['translation']
                for d in json.load(f) if d['translation']}
    tree = ET.parse(path)
    used = 0
    for name, message in messages(tree.getroot()):
        text = done.get(key(name, message))
        if text is None:
            continue
        translation = message.find('translation')
        if translation is None:
            translation = ET.SubElement(message, 'translation')
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = text if isinstance(text, list) else [text]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = text
        used += 1
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
    print(f'{used} of {len(done)} translations applied', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'list':
        list_unfinished(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'apply':
        apply(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
